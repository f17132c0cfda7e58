/**
 * The one table of LINE API operations: what the OpenAPI files say about each (generated), with
 * LINE's rules the files lack (`rules.ts`). The client's calls and the emulator's handlers are keyed
 * by its operationIds.
 */
import { OPERATION_SPECS, type OperationId, type OperationSpec } from './generated/operations.ts';
import { DEFAULT_RATE, IDEMPOTENT_POSTS, IMAGE_BODIES, RATE_LIMITS, type RateLimit, RETRY_KEY_OPERATIONS } from './rules.ts';

/** One operation: the OpenAPI's description and LINE's rules for it. */
export interface Operation extends OperationSpec {
  readonly operationId: OperationId;
  /** LINE's rate limit for it (a token bucket per channel and operation). */
  readonly rate: RateLimit;
  /** Takes `X-Line-Retry-Key`; every other operation refuses it with 400. */
  readonly retryKey?: true;
  /**
   * Sending it twice can not do anything twice: GET, PUT, DELETE, validation, setting a state, and
   * the sends that carry a retry key. Others are retried only when the request never left.
   */
  readonly idempotent: boolean;
  /** The request body is an image's bytes (JPEG or PNG). */
  readonly image?: true;
}

type Operations = { readonly [K in OperationId]: Operation & (typeof OPERATION_SPECS)[K] & { readonly operationId: K } };

const has = (list: readonly string[], id: string) => list.includes(id);

function operation(operationId: OperationId): Operation {
  const spec: OperationSpec = OPERATION_SPECS[operationId];
  const retryKey = has(RETRY_KEY_OPERATIONS, operationId);
  return {
    ...spec,
    operationId,
    rate: (RATE_LIMITS as Partial<Record<OperationId, RateLimit>>)[operationId] ?? DEFAULT_RATE,
    ...(retryKey ? { retryKey: true as const } : {}),
    idempotent: spec.method !== 'POST' || retryKey || has(IDEMPOTENT_POSTS, operationId),
    ...(has(IMAGE_BODIES, operationId) ? { image: true as const } : {}),
  };
}

/**
 * Every operation of the LINE API by operationId (110: messaging-api 73, manage-audience 12,
 * channel-access-token 8, insight 7, liff 4, module 4, module-attach 1, shop 1).
 *
 * @example
 * OPERATIONS.pushMessage; // { method: 'POST', path: '/v2/bot/message/push', host: 'api', rate: { limit: 2000, per: 1000 }, retryKey: true, … }
 */
export const OPERATIONS = Object.fromEntries(
  (Object.keys(OPERATION_SPECS) as OperationId[]).map((id) => [id, operation(id)]),
) as unknown as Operations;

/** Every operationId, in the order of the OpenAPI files. */
export const OPERATION_IDS = Object.keys(OPERATION_SPECS) as readonly OperationId[];

/**
 * True for a string that is an operationId of the LINE API.
 *
 * @example
 * isOperationId('showLoadingAnimation'); // true
 */
export function isOperationId(name: string): name is OperationId {
  return Object.hasOwn(OPERATION_SPECS, name);
}

/**
 * Fills `{name}` parameters of a path template, percent-encoding each value.
 *
 * @example
 * fillPath(OPERATIONS.getProfile.path, { userId: 'U4af…' }); // '/v2/bot/profile/U4af…'
 */
export function fillPath(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`${name} is required`);
    return encodeURIComponent(String(value));
  });
}
