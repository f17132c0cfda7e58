/**
 * The JSON LINE answers with, as `messaging-api.yml` and `insight.yml` describe it (`S:` names in
 * comments). The emulator produces the same types.
 */
import type { NarrowcastFilter, NarrowcastRecipient } from '@linejsx/schema';

/** `S:SentMessage` */
export interface SentMessage {
  readonly id: string;
  readonly quoteToken?: string;
}

/** `S:BotInfoResponse` */
export interface BotInfo {
  readonly userId: string;
  readonly basicId: string;
  readonly premiumId?: string;
  readonly displayName: string;
  readonly pictureUrl?: string;
  readonly chatMode: 'chat' | 'bot';
  readonly markAsReadMode: 'auto' | 'manual';
}

/** `S:UserProfileResponse` */
export interface UserProfile {
  readonly displayName: string;
  readonly userId: string;
  readonly pictureUrl?: string;
  readonly statusMessage?: string;
  readonly language?: string;
}

/** `S:GroupUserProfileResponse` */
export interface GroupMemberProfile {
  readonly displayName: string;
  readonly userId: string;
  readonly pictureUrl?: string;
}

/** `S:GroupSummaryResponse` */
export interface GroupSummary {
  readonly groupId: string;
  readonly groupName: string;
  readonly pictureUrl?: string;
}

/** `S:GetFollowersResponse` */
export interface FollowerIdsPage {
  readonly userIds: string[];
  readonly next?: string;
}

/** `S:MembersIdsResponse` */
export interface MemberIdsPage {
  readonly memberIds: string[];
  readonly next?: string;
}

/** `S:MessageQuotaResponse` */
export interface MessageQuota {
  readonly type: 'none' | 'limited';
  /** Messages allowed this month, when `type` is `limited`. */
  readonly value?: number;
}

/** `S:NumberOfMessagesResponse` */
export interface SentMessageCount {
  readonly status: 'ready' | 'unready' | 'unavailable_for_privacy' | 'out_of_service';
  readonly success?: number;
}

/** `S:NarrowcastProgressResponse` */
export interface NarrowcastProgress {
  readonly phase: 'waiting' | 'sending' | 'succeeded' | 'failed';
  readonly successCount?: number;
  readonly failureCount?: number;
  readonly targetCount?: number;
  readonly failedDescription?: string;
  /** 1 internal error, 2 too few recipients, 3 retried request already accepted, 4 audience under 50, 5 partial delivery forbidden. */
  readonly errorCode?: 1 | 2 | 3 | 4 | 5;
  readonly acceptedTime: string;
  readonly completedTime?: string;
}

/** `S:GetWebhookEndpointResponse` */
export interface WebhookEndpoint {
  readonly endpoint: string;
  readonly active: boolean;
}

/** `S:TestWebhookEndpointResponse` */
export interface WebhookTestResult {
  readonly success?: boolean;
  readonly timestamp: string;
  readonly statusCode: number;
  readonly reason: string;
  readonly detail: string;
}

/** `S:RichMenuResponse`: a rich menu as LINE stores it. */
export interface RichMenuInfo {
  readonly richMenuId: string;
  readonly size: { readonly width: number; readonly height: number };
  readonly selected: boolean;
  readonly name: string;
  readonly chatBarText: string;
  readonly areas: ReadonlyArray<{
    readonly bounds: { x: number; y: number; width: number; height: number };
    readonly action: Record<string, unknown>;
  }>;
}

/** `S:RichMenuAliasResponse`: an alias and the menu it points at. */
export interface RichMenuAlias {
  readonly richMenuAliasId: string;
  readonly richMenuId: string;
}

/** `insight.yml` `GetNumberOfMessageDeliveriesResponse` */
export interface MessageDeliveries {
  readonly status: 'ready' | 'unready' | 'out_of_service';
  readonly broadcast?: number;
  readonly targeting?: number;
  readonly autoResponse?: number;
  readonly welcomeResponse?: number;
  readonly chat?: number;
  readonly apiBroadcast?: number;
  readonly apiPush?: number;
  readonly apiMulticast?: number;
  readonly apiNarrowcast?: number;
  readonly apiReply?: number;
}

/** `insight.yml` `GetNumberOfFollowersResponse` */
export interface FollowerStatistics {
  readonly status: 'ready' | 'unready' | 'out_of_service';
  readonly followers?: number;
  readonly targetedReaches?: number;
  readonly blocks?: number;
}

interface Tile {
  readonly percentage: number;
}

/** `insight.yml` `GetFriendsDemographicsResponse` */
export interface FollowerDemographics {
  readonly available: boolean;
  readonly genders?: ReadonlyArray<Tile & { readonly gender: 'male' | 'female' | 'unknown' }>;
  readonly ages?: ReadonlyArray<Tile & { readonly age: string }>;
  readonly areas?: ReadonlyArray<Tile & { readonly area: string }>;
  readonly appTypes?: ReadonlyArray<Tile & { readonly appType: 'ios' | 'android' | 'others' }>;
  readonly subscriptionPeriods?: ReadonlyArray<Tile & { readonly subscriptionPeriod: string }>;
}

/** Narrowcast targeting (`S:NarrowcastRequest`): recipient, demographic filter and limit. */
export interface NarrowcastTarget {
  /** `S:Recipient`: audience, redelivery or operator (and/or/not) objects; checked before sending. */
  readonly recipient?: NarrowcastRecipient;
  /** `S:Filter`: `{ demographic: … }`; checked before sending. */
  readonly filter?: NarrowcastFilter;
  /** `S:Limit` */
  readonly limit?: { readonly max?: number; readonly upToRemainingQuota?: boolean; readonly forbidPartialDelivery?: boolean };
}
