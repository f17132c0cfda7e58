/**
 * @linejsx/send: the LINE Messaging API over undici, validating before it sends. Retry keys on
 * every push, multicast, narrowcast and broadcast; retries with backoff on 5xx, timeouts and
 * connection errors; per-endpoint token buckets; typed `LineApiError`s that never hold the token;
 * webhook signature verification, typed events and a `node:http` handler.
 *
 * @example
 * import { createClient } from '@linejsx/send';
 * const line = createClient({ channelAccessToken: process.env.LINE_TOKEN! });
 * await line.push('U4af4980629…', <Text>Your order has shipped</Text>);
 */

export type {
  AccountLinkEvent,
  ActivatedEvent,
  BeaconEvent,
  BotResumedEvent,
  BotSuspendedEvent,
  DeactivatedEvent,
  DeliveryEvent,
  EventMessage,
  EventSource,
  FollowEvent,
  JoinEvent,
  KnownEvent,
  LeaveEvent,
  MemberJoinedEvent,
  MemberLeftEvent,
  MembershipEvent,
  MessageEvent,
  ModuleEvent,
  PostbackEvent,
  UnfollowEvent,
  UnknownEvent,
  UnsendEvent,
  VideoPlayCompleteEvent,
  WebhookBody,
  WebhookEvent,
} from '@linejsx/protocol';
export {
  type AssertionKey,
  channelAssertion,
  ENDPOINTS,
  type Endpoint,
  type EndpointName,
  fillPath,
  HOUR,
  isKnownEvent,
  isLoopbackHost,
  KNOWN_EVENT_TYPES,
  type LineDate,
  lineDate,
  MINUTE,
  MONTHLY_LIMIT_MESSAGE,
  OPERATIONS,
  type OperationId,
  type RateLimit,
  type RateLimits,
  rateLimitOf,
  SECOND,
  signBody,
  TokenBucket,
  verifySignature,
} from '@linejsx/protocol';
export {
  aggregationUnitIssues,
  BULK_USERS,
  bulkUserIdIssues,
  CHAT_ID,
  chatIdIssues,
  followerIdsLimitIssues,
  type ImageHeader,
  LineValidationError,
  MULTICAST_CHUNK,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  RETRY_KEY,
  type RichMenuImageType,
  readImageHeader,
  richMenuAliasIdIssues,
  richMenuIdIssues,
  richMenuImageIssues,
  USER_ID,
  userIdIssues,
  userIdParamIssues,
  type ValidationIssue,
  webhookEndpointIssues,
} from '@linejsx/schema';
export type { LiffClient, ModuleClient } from './apps.ts';
export type { AudienceClient, AudienceListOptions, AudienceUploadOptions } from './audiences.ts';
export { backoffDelay, DEFAULT_RETRY, type RetryOptions } from './backoff.ts';
export type { CouponClient, MembershipClient, PnpClient, ShopClient } from './business.ts';
export type { ChatClient, GroupClient, RoomClient } from './chats.ts';
export {
  type ClientOptions,
  createClient,
  type LineClient,
  type PushOptions,
  type PushResult,
  type ReplyResult,
  type RetryKeyOption,
  type SendOptions,
  type SendResult,
  type ValidateKind,
} from './client.ts';
export { baseUrlProblem, redactUrl, tokenProblem } from './connection-rules.ts';
export { Connections } from './connections.ts';
export type { MessageContent } from './content.ts';
export {
  type DeployedMenu,
  type DeployOptions,
  type DeployResult,
  type DeployStep,
  type DeployStepKind,
  deployRichMenu,
  RichMenuDeployError,
  type RichMenuDeployment,
} from './deploy.ts';
export { type ApiErrorDetail, LineApiError, type LineApiErrorCode } from './errors.ts';
export type { InsightClient } from './insight.ts';
export { type MessagesInput, type PreparedMessages, prepareMessages } from './messages.ts';
export type {
  ChunksOptions,
  ChunksRun,
  MulticastChunk,
  MulticastOptions,
  MulticastProgress,
  MulticastResult,
  PlannedChunk,
} from './multicast.ts';
export { NARROWCAST_WAIT_TIMEOUT, NarrowcastWaitTimeoutError, type WaitOptions } from './narrowcast.ts';
export { type RichMenuClient, type RichMenuOrigins, richMenuJson } from './rich-menus.ts';
export type { Assertion, ChannelCredentials, ChannelTokenClient, TokenSource } from './tokens.ts';
export type { LogEntry } from './transport.ts';
export type * from './types.ts';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhook/handler.ts';
export { parseWebhookBody, WebhookError, type WebhookErrorCode } from './webhook/parse.ts';
