/**
 * `LineApiError`: the one error type for a call to LINE that did not succeed, whether LINE
 * answered with an error status or no answer came (timeout, connection). It never holds the
 * channel access token: not in its message, its fields, or its cause.
 */
import { MONTHLY_LIMIT_MESSAGE } from '@linejsx/protocol';
import { type ComponentRef, formatIssues } from '@linejsx/schema';

/** What went wrong, stable for programs that react to it. */
export type LineApiErrorCode =
  /** 400: LINE refused the request (see `details`). */
  | 'bad_request'
  /** 401: the channel access token is missing, wrong or expired. */
  | 'unauthorized'
  /** 403: the channel is not allowed to use this endpoint (plan, verification, permissions). */
  | 'forbidden'
  /** 404: no such user, group, rich menu, request ID… */
  | 'not_found'
  /** 409 without an accepted request ID: a conflict that is not an already-accepted retry. */
  | 'conflict'
  /** 410: the resource is gone (e.g. a content that expired). */
  | 'gone'
  /** 413: the request is larger than 2 MB. */
  | 'payload_too_large'
  /** 415: wrong content type. */
  | 'unsupported_media_type'
  /** 429: too many requests for this endpoint; slow down (not retried). */
  | 'rate_limited'
  /** 429 "You have reached your monthly limit.": no more messages this month (never retried). */
  | 'monthly_limit'
  /** 5xx after every retry. */
  | 'server_error'
  /** No complete answer within `timeout` after every retry. */
  | 'timeout'
  /** The connection failed or was dropped after every retry. */
  | 'connection_failed'
  /** A 2xx whose body is not LINE's JSON: a proxy, a captive portal or the wrong host answered (never retried). */
  | 'invalid_response'
  /** Any other status. */
  | 'unexpected_status';

/** One entry of LINE's `details`, with the JSX component that produced the property when known. */
export interface ApiErrorDetail {
  readonly message?: string;
  /** JSON path in the request body, e.g. `messages[0].contents.body.contents[2].text`. */
  readonly property?: string;
  readonly component?: ComponentRef;
}

export interface LineApiErrorInit {
  readonly code: LineApiErrorCode;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly lineMessage?: string;
  readonly details?: readonly ApiErrorDetail[];
  readonly requestId?: string;
  readonly attempts: number;
  readonly retryKey?: string;
  /** LINE may have done it: the request may have been processed and was not repeated (see `LineApiError.ambiguous`). */
  readonly ambiguous?: boolean;
  /** For `invalid_response`: the status, content type and first bytes of what answered. */
  readonly answer?: string;
  readonly cause?: unknown;
}

const STATUS_CODES: Readonly<Record<number, LineApiErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The code for an error status and LINE's message. */
export function codeForStatus(status: number, lineMessage: string | undefined): LineApiErrorCode {
  if (status === 429) return lineMessage === MONTHLY_LIMIT_MESSAGE ? 'monthly_limit' : 'rate_limited';
  if (status >= 500) return 'server_error';
  return STATUS_CODES[status] ?? 'unexpected_status';
}

/**
 * A call to the LINE API that failed.
 *
 * @example
 * try {
 *   await line.push(userId, <Receipt order={order} />);
 * } catch (error) {
 *   if (error instanceof LineApiError && error.code === 'monthly_limit') notifyOps(error.requestId);
 *   else throw error;
 * }
 */
export class LineApiError extends Error {
  override readonly name = 'LineApiError';
  readonly code: LineApiErrorCode;
  /** HTTP status, or undefined when no answer came. */
  readonly status: number | undefined;
  /** LINE's own `message`, when it answered. */
  readonly lineMessage: string | undefined;
  readonly details: readonly ApiErrorDetail[];
  /** `x-line-request-id` of the last attempt, for LINE's support. */
  readonly requestId: string | undefined;
  readonly method: string;
  /** The path called, without host or query. */
  readonly path: string;
  /** How many times the request was sent. */
  readonly attempts: number;
  /** The `X-Line-Retry-Key` used, to retry later without sending twice (kept by LINE for 24 hours). */
  readonly retryKey: string | undefined;
  /**
   * True when LINE may or may not have done what was asked: a 5xx, a timeout or a dropped
   * connection on a request that can not be safely repeated (no retry key, not idempotent, such
   * as reply, rich menu create, image upload, alias create). Look before trying again.
   */
  readonly ambiguous: boolean;
  /** For `invalid_response`: the status, content type and first bytes of what answered instead of LINE. */
  readonly answer: string | undefined;

  constructor(init: LineApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.lineMessage = init.lineMessage;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts;
    this.retryKey = init.retryKey;
    this.ambiguous = init.ambiguous ?? false;
    this.answer = init.answer;
  }
}

function describe(init: LineApiErrorInit): string {
  const what = `${init.method} ${init.path}`;
  const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
  const id = init.requestId ? ` (request id ${init.requestId})` : '';
  let head: string;
  if (init.code === 'invalid_response') {
    head = `${what} was not answered by LINE: the answer was ${init.answer ?? init.status}, not LINE's JSON; is the base URL LINE's API (or the emulator)?`;
  } else if (init.status === undefined) {
    head = init.code === 'timeout' ? `${what} timed out${tries}` : `${what} could not reach LINE${tries}`;
  } else {
    head = `${what} failed with ${init.status}${init.lineMessage ? ` "${init.lineMessage}"` : ''}${tries}`;
  }
  if (init.code === 'monthly_limit') head += '; the monthly message quota is used up, so nothing more can be sent this month';
  if (init.ambiguous) head += '; LINE may or may not have done it (not retried, as a repeat could do it twice): check before trying again';
  const details = init.details ?? [];
  if (details.length === 0) return `${head}${id}`;
  const issues = details.map((d) => ({
    path: d.property ?? '',
    message: d.message ?? '(no message)',
    code: 'invalid_value' as const,
    ...(d.component ? { component: d.component } : {}),
  }));
  return `${head}${id}\n${formatIssues(issues)}`;
}
