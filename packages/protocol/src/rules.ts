/**
 * LINE's rules that the OpenAPI files do not state, keyed by operationId, each from
 * `CONSTRAINTS.md`: rate limits (§4), which operations take a retry key (§3), which ones a repeat
 * can not make act twice, and which take an image as their body (§10). Every key is checked
 * against the operations of the OpenAPI files (`test/protocol/rules.test.ts`).
 */
import type { OperationId } from './generated/operations.ts';

/** `limit` requests per `per` milliseconds, refilled gradually (LINE uses token buckets, `R#rate-limits`). */
export interface RateLimit {
  readonly limit: number;
  readonly per: number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

const perSecond = (limit: number): RateLimit => ({ limit, per: SECOND });
const perMinute = (limit: number): RateLimit => ({ limit, per: MINUTE });
const perHour = (limit: number): RateLimit => ({ limit, per: HOUR });

/** `R#rate-limits`: every operation not listed in RATE_LIMITS. */
export const DEFAULT_RATE = perSecond(2000);

const insight = perHour(60);
const audience = perMinute(60);

/** LINE's rate limit per operation where it is not the default 2,000/s (CONSTRAINTS.md §4). */
export const RATE_LIMITS = {
  // 60 / hour
  narrowcast: perHour(60),
  broadcast: perHour(60),
  testWebhookEndpoint: perHour(60),
  getNumberOfMessageDeliveries: insight,
  getNumberOfFollowers: insight,
  getFriendsDemographics: insight,
  getMessageEvent: insight,
  getStatisticsPerUnit: insight,
  getRichMenuInsightSummary: insight,
  getRichMenuInsightDaily: insight,
  // 60 / minute: audiences
  createAudienceGroup: audience,
  createAudienceForUploadingUserIds: audience,
  addAudienceToAudienceGroup: audience,
  addUserIdsToAudience: audience,
  createClickBasedAudienceGroup: audience,
  createImpBasedAudienceGroup: audience,
  updateAudienceGroupDescription: audience,
  deleteAudienceGroup: audience,
  getAudienceData: audience,
  getAudienceGroups: audience,
  getSharedAudienceData: audience,
  getSharedAudienceGroups: audience,
  // 1,000 / minute
  setWebhookEndpoint: perMinute(1000),
  getWebhookEndpoint: perMinute(1000),
  // 100 / hour
  createRichMenu: perHour(100),
  deleteRichMenu: perHour(100),
  deleteRichMenuAlias: perHour(100),
  getRichMenuBatchProgress: perHour(100),
  // 3 / hour
  richMenuBatch: perHour(3),
  // 10 / second
  getRichMenuList: perSecond(10),
  // 200 / second
  multicast: perSecond(200),
  getMembershipSubscription: perSecond(200),
  getMembershipList: perSecond(200),
  createCoupon: perSecond(200),
  closeCoupon: perSecond(200),
  listCoupon: perSecond(200),
  getCouponDetail: perSecond(200),
  // 100 / second
  showLoadingAnimation: perSecond(100),
  // 370 / second
  issueChannelToken: perSecond(370),
} as const satisfies Partial<Record<OperationId, RateLimit>>;

/** The operations that take `X-Line-Retry-Key`; every other one refuses it with 400 (`D:retrying-api-request`). */
export const RETRY_KEY_OPERATIONS = ['pushMessage', 'multicast', 'narrowcast', 'broadcast'] as const satisfies readonly OperationId[];

/**
 * POST operations that a repeat can not make act twice (validation, setting a state, reading),
 * besides those with a retry key. Every GET, PUT and DELETE is idempotent too. The other POSTs
 * (reply, creating a menu, an alias, an audience, a coupon, an image upload, a token, a batch…)
 * are retried only when the request never left: a 5xx may come after LINE did the work.
 */
export const IDEMPOTENT_POSTS = [
  'validateReply',
  'validatePush',
  'validateMulticast',
  'validateNarrowcast',
  'validateBroadcast',
  'validateRichMenuObject',
  'validateRichMenuBatchRequest',
  'setDefaultRichMenu',
  'linkRichMenuIdToUser',
  'linkRichMenuIdToUsers',
  'unlinkRichMenuIdFromUsers',
  'updateRichMenuAlias',
  'markMessagesAsRead',
  'markMessagesAsReadByToken',
  'showLoadingAnimation',
  'leaveGroup',
  'leaveRoom',
  'verifyChannelToken',
  'revokeChannelToken',
  'revokeChannelTokenByJWT',
  'acquireChatControl',
  'releaseChatControl',
  'detachModule',
] as const satisfies readonly OperationId[];

/**
 * Operations whose body is an image's bytes (JPEG or PNG), not JSON (`R#upload-rich-menu-image`).
 * A repeated upload can not set a second image, but LINE refuses it (400), which would hide that
 * the first one worked: it is not repeated once it may have reached LINE.
 */
export const IMAGE_BODIES = ['setRichMenuImage'] as const satisfies readonly OperationId[];
