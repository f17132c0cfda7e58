/**
 * @linejsx/protocol: every operation of the LINE API as LINE's OpenAPI files describe it
 * (generated: method, path, host, parameters, request and response types, request JSON Schemas),
 * LINE's rules the files lack (rate limits, retry keys, idempotency, image bodies), and what a
 * client and a server of that API share: the token bucket, dates, JWT assertions, webhook
 * signatures and event types, a size-limited body reader, which hosts are this machine.
 *
 * @example
 * import { OPERATIONS, type OperationTypes } from '@linejsx/protocol';
 * OPERATIONS.showLoadingAnimation; // { method: 'POST', path: '/v2/bot/chat/loading/start', rate: { limit: 100, per: 1000 }, … }
 * type Body = OperationTypes['showLoadingAnimation']['body']; // { chatId: string; loadingSeconds?: number }
 */

export { type BodyRead, readBody } from './body.ts';
export { type LineDate, lineDate } from './dates.ts';
export {
  ENDPOINT_OPERATIONS,
  ENDPOINTS,
  type Endpoint,
  type EndpointName,
  endpointNameOf,
  operationIdOf,
  type RateLimits,
  rateLimitOf,
} from './endpoints.ts';
export * from './generated/index.ts';
export {
  ASSERTION_AUDIENCE,
  ASSERTION_TYPE,
  type AssertionClaims,
  type AssertionKey,
  channelAssertion,
  MAX_ASSERTION_LIFETIME,
  MAX_TOKEN_EXP,
  readAssertion,
} from './jwt.ts';
export { isLoopbackHost } from './loopback.ts';
export { fillPath, isOperationId, OPERATION_IDS, OPERATIONS, type Operation } from './operations.ts';
export * from './responses.ts';
export {
  DEFAULT_RATE,
  HOUR,
  IDEMPOTENT_POSTS,
  IMAGE_BODIES,
  MINUTE,
  RATE_LIMITS,
  type RateLimit,
  RETRY_KEY_OPERATIONS,
  SECOND,
} from './rules.ts';
export { TokenBucket } from './token-bucket.ts';
export type * from './webhook/events.ts';
export { isKnownEvent, KNOWN_EVENT_TYPES } from './webhook/events.ts';
export { checkChannelSecret, signBody, verifySignature } from './webhook/signature.ts';
