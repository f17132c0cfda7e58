/**
 * What the emulated LINE remembers: every message each chat received, accepted retry keys, the
 * month's quota usage and daily counts, rich menus, narrowcasts, reply tokens, user content and the
 * webhook setting.
 */
import { randomBytes } from 'node:crypto';
import type { Message } from '@linejsx/schema';
import { lineDate, type NarrowcastProgress, type RichMenuInfo, type SentMessage, type WebhookEndpoint } from '@linejsx/send';

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

/** Bytes with their Content-Type: what users sent, and rich menu images. */
export interface StoredContent {
  readonly data: Buffer;
  readonly contentType: string;
}

export interface AcceptedKey {
  readonly requestId: string;
  readonly at: number;
  readonly sentMessages?: readonly SentMessage[];
}

/** LINE keeps a retry key for 24 hours (`R#retry-api-request`). */
export const RETRY_KEY_TTL = 24 * 60 * 60 * 1000;

export class Store {
  readonly inboxes = new Map<string, ReceivedMessage[]>();
  /** Messages dropped from each chat, oldest first, to keep at most `maxPerChat`. */
  readonly dropped = new Map<string, number>();
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
  readonly contents = new Map<string, StoredContent>();
  webhook: WebhookEndpoint = { endpoint: '', active: false };
  private nextMessageId = 100_000_000_000_000_000n;

  /** `maxPerChat`: the messages a chat keeps; older ones are dropped (and counted in `dropped`). */
  constructor(private readonly maxPerChat = Number.POSITIVE_INFINITY) {}

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
