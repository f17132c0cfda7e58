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
export {
  createClient,
  type ClientOptions,
  type LineClient,
  type PushOptions,
  type PushResult,
  type ReplyResult,
  type RetryKeyOption,
  type SendOptions,
  type SendResult,
  type ValidateKind,
} from './client.ts';
export { LineValidationError, type ValidationIssue } from '@linejsx/schema';
export { LineApiError, MONTHLY_LIMIT_MESSAGE, type ApiErrorDetail, type LineApiErrorCode } from './errors.ts';
export { ENDPOINTS, HOUR, MINUTE, SECOND, fillPath, rateLimitOf, type Endpoint, type EndpointName, type RateLimit, type RateLimits } from './endpoints.ts';
export { TokenBucket } from './token-bucket.ts';
export { backoffDelay, DEFAULT_RETRY, type RetryOptions } from './backoff.ts';
export { CHAT_ID, RETRY_KEY, USER_ID } from './ids.ts';
export { lineDate, type LineDate } from './dates.ts';
export { prepareMessages, type MessagesInput, type PreparedMessages } from './messages.ts';
export { MULTICAST_CHUNK, type MulticastChunk, type MulticastOptions, type MulticastProgress, type MulticastResult } from './multicast.ts';
export type { WaitOptions } from './narrowcast.ts';
export type { LogEntry } from './transport.ts';
export type * from './types.ts';
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
export type { MessageContent } from './content.ts';
export { richMenuJson, type RichMenuClient, type RichMenuOrigins } from './rich-menus.ts';
export { readImageHeader, richMenuImageIssues, type ImageHeader, type RichMenuImageType } from './rich-menu-image.ts';
export { signBody, verifySignature } from './webhook/signature.ts';
export { parseWebhookBody, WebhookError, type WebhookErrorCode } from './webhook/parse.ts';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhook/handler.ts';
export { isKnownEvent, KNOWN_EVENT_TYPES } from './webhook/events.ts';
export type * from './webhook/events.ts';
export {
  deployRichMenu,
  RichMenuDeployError,
  type DeployedMenu,
  type DeployOptions,
  type DeployResult,
  type DeployStep,
  type DeployStepKind,
  type RichMenuDeployment,
} from './deploy.ts';
