/**
 * Short names for the answers the client hands back, as LINE's OpenAPI files describe them (the
 * generated types of `messagingApi` and `insight`). The emulator answers with the same types.
 */
import type { RichMenu } from '@linejsx/schema';
import type * as insight from './generated/types/insight.ts';
import type * as messagingApi from './generated/types/messaging-api.ts';

export type SentMessage = messagingApi.SentMessage;
export type BotInfo = messagingApi.BotInfoResponse;
export type UserProfile = messagingApi.UserProfileResponse;
export type GroupMemberProfile = messagingApi.GroupUserProfileResponse;
export type GroupSummary = messagingApi.GroupSummaryResponse;
export type FollowerIdsPage = messagingApi.GetFollowersResponse;
export type MemberIdsPage = messagingApi.MembersIdsResponse;
export type MessageQuota = messagingApi.MessageQuotaResponse;
export type SentMessageCount = messagingApi.NumberOfMessagesResponse;
export type NarrowcastProgress = messagingApi.NarrowcastProgressResponse;
export type WebhookEndpoint = messagingApi.GetWebhookEndpointResponse;
export type WebhookTestResult = messagingApi.TestWebhookEndpointResponse;
/**
 * A rich menu as LINE stores it (`RichMenuResponse`): the menu that was created, which passed
 * LINE's rules, so typed as `@linejsx/schema`'s RichMenu rather than the spec's all-optional fields.
 */
export type RichMenuInfo = RichMenu & { readonly richMenuId: string };
/** An alias and the menu it points at. */
export type RichMenuAlias = messagingApi.RichMenuAliasResponse;
export type MessageDeliveries = insight.GetNumberOfMessageDeliveriesResponse;
export type FollowerStatistics = insight.GetNumberOfFollowersResponse;
export type FollowerDemographics = insight.GetFriendsDemographicsResponse;

/** LINE's error body (`R#error-responses`): `details` is left out when empty. */
export interface LineErrorBody {
  readonly message: string;
  readonly details?: ReadonlyArray<{ readonly message?: string; readonly property?: string }>;
  /** A 409 of an already-accepted push carries the accepted request's messages. */
  readonly sentMessages?: readonly SentMessage[];
}

/** LINE's wording of the monthly quota 429 (`R#error-messages`). */
export const MONTHLY_LIMIT_MESSAGE = 'You have reached your monthly limit.';
