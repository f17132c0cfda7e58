/**
 * Webhook event types as `webhook.yml` describes them (`Event` and its discriminator mapping).
 * LINE adds event types over time (`messageEdited` is documented but not in the spec), so an
 * event of a type not listed here is an `UnknownEvent`; `isKnownEvent` narrows before a switch.
 */

export type EventSource =
  | { readonly type: 'user'; readonly userId?: string }
  | { readonly type: 'group'; readonly groupId: string; readonly userId?: string }
  | { readonly type: 'room'; readonly roomId: string; readonly userId?: string };

interface EventBase {
  readonly source?: EventSource;
  readonly timestamp: number;
  readonly mode: 'active' | 'standby';
  readonly webhookEventId: string;
  readonly deliveryContext: { readonly isRedelivery: boolean };
}

interface ContentProvider {
  readonly type: 'line' | 'external';
  readonly originalContentUrl?: string;
  readonly previewImageUrl?: string;
}

export type EventMessage =
  | {
      readonly type: 'text';
      readonly id: string;
      readonly text: string;
      readonly quoteToken: string;
      readonly quotedMessageId?: string;
      readonly emojis?: ReadonlyArray<{ index: number; length: number; productId: string; emojiId: string }>;
      readonly mention?: {
        readonly mentionees: ReadonlyArray<{ type: 'user' | 'all'; index: number; length: number; userId?: string; isSelf?: boolean }>;
      };
      readonly markAsReadToken?: string;
    }
  | {
      readonly type: 'image';
      readonly id: string;
      readonly contentProvider: ContentProvider;
      readonly imageSet?: { id: string; index?: number; total?: number };
      readonly quoteToken: string;
      readonly markAsReadToken?: string;
    }
  | {
      readonly type: 'video';
      readonly id: string;
      readonly duration?: number;
      readonly contentProvider: ContentProvider;
      readonly quoteToken: string;
      readonly markAsReadToken?: string;
    }
  | {
      readonly type: 'audio';
      readonly id: string;
      readonly duration?: number;
      readonly contentProvider: ContentProvider;
      readonly markAsReadToken?: string;
    }
  | { readonly type: 'file'; readonly id: string; readonly fileName: string; readonly fileSize: number; readonly markAsReadToken?: string }
  | {
      readonly type: 'location';
      readonly id: string;
      readonly title?: string;
      readonly address?: string;
      readonly latitude: number;
      readonly longitude: number;
      readonly markAsReadToken?: string;
    }
  | {
      readonly type: 'sticker';
      readonly id: string;
      readonly packageId: string;
      readonly stickerId: string;
      readonly stickerResourceType: string;
      readonly keywords?: readonly string[];
      readonly text?: string;
      readonly quoteToken: string;
      readonly quotedMessageId?: string;
      readonly markAsReadToken?: string;
    };

export interface MessageEvent extends EventBase {
  readonly type: 'message';
  readonly replyToken?: string;
  readonly message: EventMessage;
}
export interface UnsendEvent extends EventBase {
  readonly type: 'unsend';
  readonly unsend: { readonly messageId: string };
}
export interface FollowEvent extends EventBase {
  readonly type: 'follow';
  readonly replyToken: string;
  readonly follow: { readonly isUnblocked: boolean };
}
export interface UnfollowEvent extends EventBase {
  readonly type: 'unfollow';
}
export interface JoinEvent extends EventBase {
  readonly type: 'join';
  readonly replyToken: string;
}
export interface LeaveEvent extends EventBase {
  readonly type: 'leave';
}
export interface MemberJoinedEvent extends EventBase {
  readonly type: 'memberJoined';
  readonly replyToken: string;
  readonly joined: { readonly members: ReadonlyArray<{ type: 'user'; userId?: string }> };
}
export interface MemberLeftEvent extends EventBase {
  readonly type: 'memberLeft';
  readonly left: { readonly members: ReadonlyArray<{ type: 'user'; userId?: string }> };
}
export interface PostbackEvent extends EventBase {
  readonly type: 'postback';
  readonly replyToken?: string;
  readonly postback: { readonly data: string; readonly params?: Readonly<Record<string, string>> };
}
export interface VideoPlayCompleteEvent extends EventBase {
  readonly type: 'videoPlayComplete';
  readonly replyToken: string;
  readonly videoPlayComplete: { readonly trackingId: string };
}
export interface BeaconEvent extends EventBase {
  readonly type: 'beacon';
  readonly replyToken: string;
  readonly beacon: { readonly hwid: string; readonly type: 'enter' | 'banner' | 'stay'; readonly dm?: string };
}
export interface AccountLinkEvent extends EventBase {
  readonly type: 'accountLink';
  readonly replyToken?: string;
  readonly link: { readonly result: 'ok' | 'failed'; readonly nonce: string };
}
export interface MembershipEvent extends EventBase {
  readonly type: 'membership';
  readonly replyToken: string;
  readonly membership: { readonly type: 'joined' | 'left' | 'renewed'; readonly membershipId: number };
}
export interface ModuleEvent extends EventBase {
  readonly type: 'module';
  readonly module:
    | { readonly type: 'attached'; readonly botId: string; readonly scopes: readonly string[] }
    | { readonly type: 'detached'; readonly botId: string; readonly reason: 'bot_deleted' };
}
export interface ActivatedEvent extends EventBase {
  readonly type: 'activated';
  readonly chatControl: { readonly expireAt: number };
}
export interface DeactivatedEvent extends EventBase {
  readonly type: 'deactivated';
}
export interface BotSuspendedEvent extends EventBase {
  readonly type: 'botSuspended';
}
export interface BotResumedEvent extends EventBase {
  readonly type: 'botResumed';
}
export interface DeliveryEvent extends EventBase {
  readonly type: 'delivery';
  readonly delivery: { readonly data: string };
}

/** Every event type in LINE's spec. */
export type KnownEvent =
  | MessageEvent
  | UnsendEvent
  | FollowEvent
  | UnfollowEvent
  | JoinEvent
  | LeaveEvent
  | MemberJoinedEvent
  | MemberLeftEvent
  | PostbackEvent
  | VideoPlayCompleteEvent
  | BeaconEvent
  | AccountLinkEvent
  | MembershipEvent
  | ModuleEvent
  | ActivatedEvent
  | DeactivatedEvent
  | BotSuspendedEvent
  | BotResumedEvent
  | DeliveryEvent;

/** An event of a type this version does not know (newer than the spec), with all its fields. */
export interface UnknownEvent extends EventBase {
  readonly type: string;
  readonly [field: string]: unknown;
}

export type WebhookEvent = KnownEvent | UnknownEvent;

/** `CallbackRequest`: what LINE POSTs to the webhook URL. */
export interface WebhookBody {
  /** The bot's user ID. */
  readonly destination: string;
  /** May be empty: LINE checks the endpoint with an empty list. */
  readonly events: readonly WebhookEvent[];
}

export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set<KnownEvent['type']>([
  'message',
  'unsend',
  'follow',
  'unfollow',
  'join',
  'leave',
  'memberJoined',
  'memberLeft',
  'postback',
  'videoPlayComplete',
  'beacon',
  'accountLink',
  'membership',
  'module',
  'activated',
  'deactivated',
  'botSuspended',
  'botResumed',
  'delivery',
]);

/**
 * Narrows an event to the types of LINE's spec, so that a `switch (event.type)` gets each type's fields.
 *
 * @example
 * for (const event of body.events) {
 *   if (!isKnownEvent(event)) continue; // a newer event type: ignore, or log event.type
 *   if (event.type === 'message' && event.message.type === 'text') console.log(event.message.text);
 * }
 */
export function isKnownEvent(event: WebhookEvent): event is KnownEvent {
  return KNOWN_EVENT_TYPES.has(event.type);
}
