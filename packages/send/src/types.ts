/**
 * The JSON LINE answers with (`@linejsx/protocol`'s names for the generated types of the OpenAPI
 * files), and the narrowcast target the client takes.
 */
import type { NarrowcastFilter, NarrowcastRecipient } from '@linejsx/schema';

export type {
  BotInfo,
  FollowerDemographics,
  FollowerIdsPage,
  FollowerStatistics,
  GroupMemberProfile,
  GroupSummary,
  MemberIdsPage,
  MessageDeliveries,
  MessageQuota,
  NarrowcastProgress,
  RichMenuAlias,
  RichMenuInfo,
  SentMessage,
  SentMessageCount,
  UserProfile,
  WebhookEndpoint,
  WebhookTestResult,
} from '@linejsx/protocol';

/** Narrowcast targeting (`S:NarrowcastRequest`): recipient, demographic filter and limit. */
export interface NarrowcastTarget {
  /** `S:Recipient`: audience, redelivery or operator (and/or/not) objects; checked before sending. */
  readonly recipient?: NarrowcastRecipient;
  /** `S:Filter`: `{ demographic: … }`; checked before sending. */
  readonly filter?: NarrowcastFilter;
  /** `S:Limit` */
  readonly limit?: { readonly max?: number; readonly upToRemainingQuota?: boolean; readonly forbidPartialDelivery?: boolean };
}
