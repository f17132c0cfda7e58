/**
 * What the emulated LINE remembers: every message each chat received, accepted retry keys, the
 * month's quota usage and daily counts, rich menus, narrowcasts, reply tokens, user content and the
 * webhook setting.
 */
import { randomBytes } from 'node:crypto';
import {
  type liff,
  lineDate,
  type manageAudience,
  type messagingApi,
  type NarrowcastProgress,
  type RichMenuInfo,
  type SentMessage,
  type WebhookEndpoint,
} from '@linejsx/protocol';
import type { Message } from '@linejsx/schema';

/** How a message reached a chat. */
export type SendKind = 'reply' | 'push' | 'multicast' | 'narrowcast' | 'broadcast';

/** One message as a chat received it. */
export interface ReceivedMessage {
  /** The message ID LINE would give it. */
  readonly id: string;
  readonly message: Message;
  readonly via: SendKind;
  /** `x-line-request-id` of the request that sent it. */
  readonly requestId: string;
  /** When it was accepted (ms since the epoch). */
  readonly at: number;
}

/** What a user wrote to the bot (`userSays`), as their chat shows it. */
export interface SaidText {
  readonly text: string;
  /** When it was written (ms since the epoch). */
  readonly at: number;
  /** How many messages the chat had received by then (dropped ones included): it comes after those. */
  readonly after: number;
}

/** Bytes with their Content-Type: what users sent, and rich menu images. */
export interface StoredContent {
  readonly data: Buffer;
  readonly contentType: string;
}

/** What a user sent: the bytes, LINE's preview of them, and whether a video or audio is ready yet. */
export interface UserContent extends StoredContent {
  readonly preview?: StoredContent;
  readonly transcoding?: 'processing' | 'succeeded' | 'failed';
}

export interface AcceptedKey {
  readonly requestId: string;
  readonly at: number;
  readonly sentMessages?: readonly SentMessage[];
}

/** A broadcast or narrowcast as sent: who received it and how many message objects, for insight and audiences. */
export interface SentRequest {
  readonly kind: 'broadcast' | 'narrowcast';
  readonly recipients: readonly string[];
  readonly messages: number;
  readonly at: number;
}

/** An audience and the IDs in it. */
export interface StoredAudience {
  group: manageAudience.AudienceGroup & { audienceGroupId: number; description: string };
  readonly ids: Set<string>;
  readonly jobs: manageAudience.AudienceGroupJob[];
}

/** A channel access token the emulator issued. */
export interface IssuedToken {
  readonly kind: 'stateless' | 'short-lived' | 'v2.1';
  /** When it stops being accepted (ms since the epoch). */
  readonly expiresAt: number;
  /** The key ID of a v2.1 token. */
  readonly keyId?: string;
}

/** LINE keeps a retry key for 24 hours (`R#retry-api-request`). */
export const RETRY_KEY_TTL = 24 * 60 * 60 * 1000;

export class Store {
  readonly inboxes = new Map<string, ReceivedMessage[]>();
  /** Messages dropped from each chat, oldest first, to keep at most `maxPerChat`. */
  readonly dropped = new Map<string, number>();
  /** What each user wrote to the bot, the last `maxPerChat`. */
  readonly said = new Map<string, SaidText[]>();
  readonly retryKeys = new Map<string, AcceptedKey>();
  /** Messages counted against the monthly quota (one per recipient, `D:sending-messages`). */
  usage = 0;
  /**
   * Messages of narrowcasts accepted but not yet sent: LINE counts an accepted request's reach
   * against the quota at once, so two back-to-back narrowcasts can not overrun it.
   */
  reserved = 0;
  /** `kind:yyyyMMdd` -> messages sent (for delivery statistics). */
  readonly daily = new Map<string, number>();
  readonly richMenus = new Map<string, RichMenuInfo>();
  /** Rich menu ID -> its image, once uploaded (LINE keeps the first; it can not be replaced). */
  readonly richMenuImages = new Map<string, StoredContent>();
  /** The default rich menu, shown to users without one of their own. */
  defaultRichMenu: string | undefined;
  /** User ID -> the rich menu linked to that user. */
  readonly userRichMenus = new Map<string, string>();
  /** Alias ID -> rich menu ID. */
  readonly richMenuAliases = new Map<string, string>();
  readonly narrowcasts = new Map<string, { progress: NarrowcastProgress }>();
  readonly replyTokens = new Map<string, string>();
  readonly contents = new Map<string, UserContent>();
  /** The webhook setting; none until one is set. */
  webhook: WebhookEndpoint | undefined;
  /** Groups and rooms the bot left. */
  readonly left = new Set<string>();
  /** User ID -> until when (ms) the loading animation shows in their chat. */
  readonly loading = new Map<string, number>();
  /** User ID -> when the bot last marked their messages as read. */
  readonly readAt = new Map<string, number>();
  /** `markAsReadToken`s of message events the emulator sent -> the user. */
  readonly markAsReadTokens = new Map<string, string>();
  /** Link tokens issued -> the user. */
  readonly linkTokens = new Map<string, string>();
  /** Aggregation unit -> the sends made under it (time and message objects). */
  readonly units = new Map<string, Array<{ readonly at: number; readonly messages: number }>>();
  readonly richMenuBatches = new Map<string, messagingApi.RichMenuBatchProgressResponse>();
  /** Broadcasts and narrowcasts by request ID. */
  readonly sends = new Map<string, SentRequest>();
  readonly audiences = new Map<number, StoredAudience>();
  readonly tokens = new Map<string, IssuedToken>();
  readonly liffApps = new Map<string, liff.LiffApp & { liffId: string }>();
  private nextAudienceId = 1_000_000_000_000;
  private nextMessageId = 100_000_000_000_000_000n;

  /** `maxPerChat`: the messages a chat keeps; older ones are dropped (and counted in `dropped`). */
  constructor(private readonly maxPerChat = Number.POSITIVE_INFINITY) {}

  /** A new audience ID, numeric as LINE's are. */
  audienceId(): number {
    return this.nextAudienceId++;
  }

  /** A new message ID, numeric as LINE's are. */
  messageId(): string {
    return String(this.nextMessageId++);
  }

  /**
   * Records `messages` in each recipient's inbox and bills `billed` messages (a group push is billed
   * per member); returns the message IDs (`sentMessages`).
   */
  deliver(
    recipients: readonly string[],
    messages: readonly Message[],
    via: SendKind,
    requestId: string,
    now: number,
    billed = recipients.length,
  ): SentMessage[] {
    // One record per message. A recipient's first delivery shares the request's frozen list of them
    // (a multicast to 500 makes no object per recipient); a later one gives it a list of its own.
    const records = Object.freeze(messages.map((message): ReceivedMessage => ({ id: this.messageId(), message, via, requestId, at: now })));
    for (const to of recipients) {
      // A message ends the loading animation (`R#display-a-loading-indicator`).
      if (this.loading.size > 0) this.loading.delete(to);
      let inbox = this.inboxes.get(to);
      if (inbox === undefined) this.inboxes.set(to, (inbox = records as ReceivedMessage[]));
      else if (Object.isFrozen(inbox)) this.inboxes.set(to, (inbox = inbox.concat(records)));
      else inbox.push(...records);
      if (inbox.length > this.maxPerChat) this.dropOldest(to, inbox);
    }
    const day = `${via}:${lineDate(new Date(now))}`;
    this.daily.set(day, (this.daily.get(day) ?? 0) + billed);
    if (via !== 'reply') this.usage += billed;
    return records.map(({ id }) => ({ id, quoteToken: randomBytes(12).toString('base64url') }));
  }

  /** Records what `userId` wrote, after the messages their chat has received so far. */
  userSaid(userId: string, text: string, at: number): void {
    const after = (this.dropped.get(userId) ?? 0) + (this.inboxes.get(userId)?.length ?? 0);
    const said = this.said.get(userId) ?? [];
    said.push({ text, at, after });
    if (said.length > this.maxPerChat) said.shift();
    this.said.set(userId, said);
  }

  /** Drops a chat's oldest messages down to `maxPerChat`, and counts them. */
  private dropOldest(chatId: string, inbox: ReceivedMessage[]): void {
    const excess = inbox.length - this.maxPerChat;
    if (Object.isFrozen(inbox)) this.inboxes.set(chatId, inbox.slice(excess));
    else inbox.splice(0, excess);
    this.dropped.set(chatId, (this.dropped.get(chatId) ?? 0) + excess);
  }

  /** The accepted request a retry key belongs to, if LINE still remembers it. */
  accepted(retryKey: string, now: number): AcceptedKey | undefined {
    const key = this.retryKeys.get(retryKey);
    return key && now - key.at < RETRY_KEY_TTL ? key : undefined;
  }

  /** Messages of one kind sent on a day (UTC+9). */
  sentOn(kind: SendKind, date: string): number {
    return this.daily.get(`${kind}:${date}`) ?? 0;
  }
}
