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

export { LineValidationError, type ValidationIssue } from '@linejsx/schema';
export { backoffDelay, DEFAULT_RETRY, type RetryOptions } from './backoff.ts';
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
export { baseUrlProblem, isLoopbackHost, redactUrl, tokenProblem } from './connection-rules.ts';
export type { MessageContent } from './content.ts';
export { type LineDate, lineDate } from './dates.ts';
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
export {
  ENDPOINTS,
  type Endpoint,
  type EndpointName,
  fillPath,
  HOUR,
  MINUTE,
  type RateLimit,
  type RateLimits,
  rateLimitOf,
  SECOND,
} from './endpoints.ts';
export { type ApiErrorDetail, LineApiError, type LineApiErrorCode, MONTHLY_LIMIT_MESSAGE } from './errors.ts';
export { CHAT_ID, RETRY_KEY, USER_ID } from './ids.ts';
export { type MessagesInput, type PreparedMessages, prepareMessages } from './messages.ts';
export {
  type ChunksOptions,
  type ChunksRun,
  MULTICAST_CHUNK,
  type MulticastChunk,
  type MulticastOptions,
  type MulticastProgress,
  type MulticastResult,
  type PlannedChunk,
} from './multicast.ts';
export { NARROWCAST_WAIT_TIMEOUT, NarrowcastWaitTimeoutError, type WaitOptions } from './narrowcast.ts';
export {
  aggregationUnitIssues,
  BULK_USERS,
  bulkUserIdIssues,
  chatIdIssues,
  followerIdsLimitIssues,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  richMenuAliasIdIssues,
  richMenuIdIssues,
  userIdIssues,
  userIdParamIssues,
  webhookEndpointIssues,
} from './request-rules.ts';
export { type ImageHeader, type RichMenuImageType, readImageHeader, richMenuImageIssues } from './rich-menu-image.ts';
export { type RichMenuClient, type RichMenuOrigins, richMenuJson } from './rich-menus.ts';
export { TokenBucket } from './token-bucket.ts';
export type { LogEntry } from './transport.ts';
export type * from './types.ts';
export type * from './webhook/events.ts';
export { isKnownEvent, KNOWN_EVENT_TYPES } from './webhook/events.ts';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhook/handler.ts';
export { parseWebhookBody, WebhookError, type WebhookErrorCode } from './webhook/parse.ts';
export { signBody, verifySignature } from './webhook/signature.ts';
