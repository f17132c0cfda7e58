/**
 * One HTTP call to LINE, done safely: rate-limited per endpoint, retried on 5xx, timeouts and
 * connection errors with backoff when a repeat can not do anything twice (an idempotent endpoint,
 * or a retry key, which stays the same), or when the request never left; an
 * already-accepted retry (409 + `x-line-accepted-request-id`) turned into a success, and every
 * other failure into a `LineApiError`. The token lives in this closure and in the Authorization
 * header only.
 */
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ComponentRef } from '@linejsx/schema';
import { type Dispatcher, getGlobalDispatcher } from 'undici';
import { backoffDelay, type RetryOptions } from './backoff.ts';
import { ENDPOINTS, type EndpointName, fillPath, type RateLimit, type RateLimits, rateLimitOf } from './endpoints.ts';
import { type ApiErrorDetail, codeForStatus, LineApiError, type LineApiErrorCode } from './errors.ts';
import { TokenBucket } from './token-bucket.ts';

/** What the client tells its `log` callback; never holds the token or message contents. */
export interface LogEntry {
  /**
   * `response`: an answer came; `no-answer`: an attempt ended without one (a timeout, a dropped or
   * refused connection); `retry`: about to wait and resend; `wait`: waiting for the rate limit.
   */
  readonly event: 'response' | 'no-answer' | 'retry' | 'wait';
  readonly method: string;
  readonly path: string;
  readonly attempt: number;
  readonly status?: number;
  readonly requestId?: string;
  /** How long the client waits before the next step, in ms. */
  readonly delay?: number;
  /** Why a retry happens, or an attempt got no answer, e.g. `503`, `timeout` or `ECONNRESET`. */
  readonly reason?: string;
  /** For `wait`: the endpoint's rate limit that is waited for (LINE's 60 an hour for broadcast and narrowcast…). */
  readonly limit?: RateLimit;
}

export interface TransportOptions {
  readonly channelAccessToken: string;
  readonly baseUrl: string;
  readonly dataBaseUrl: string;
  readonly timeout: number;
  readonly retry: Required<RetryOptions> | false;
  readonly rateLimits: RateLimits | undefined;
  readonly dispatcher: Dispatcher | undefined;
  readonly log: ((entry: LogEntry) => void) | undefined;
}

export interface CallOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** A JSON body; serialized once, so every retry sends the same bytes. */
  readonly body?: unknown;
  /** A JSON body already serialized (a send's, built around its validated messages' JSON). */
  readonly json?: string;
  /** A binary body instead (a rich menu image), sent with its own Content-Type. */
  readonly bytes?: { readonly data: Uint8Array; readonly contentType: string };
  readonly retryKey?: string;
  /** Maps LINE's `details[].property` back to the JSX component that produced it. */
  readonly componentAt?: (path: string) => ComponentRef | undefined;
  readonly signal?: AbortSignal;
  /** Hand back the body as a stream instead of parsing JSON (content downloads). */
  readonly stream?: boolean;
}

export interface Answer<T> {
  readonly status: number;
  readonly data: T;
  readonly requestId: string | undefined;
  /** Set when LINE said the retry key was already accepted (409): the ID of the accepted request. */
  readonly acceptedRequestId: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Call = <T>(name: EndpointName, options?: CallOptions) => Promise<Answer<T>>;

/** An attempt that did not get a usable answer, and whether to try again. */
interface Failure {
  readonly code: LineApiErrorCode;
  readonly status?: number;
  readonly lineMessage?: string;
  readonly details?: readonly ApiErrorDetail[];
  readonly requestId?: string;
  readonly retry: boolean;
  /** LINE may have acted and the request is not safe to repeat. */
  readonly ambiguous?: boolean;
  readonly reason: string;
  readonly cause?: unknown;
}

function header(headers: Answer<unknown>['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(body: Dispatcher.ResponseData['body']): Promise<unknown> {
  const text = await body.text();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

/** From this timeout on (ms), undici's timers, which tick every half second, are precise enough. */
const COARSE_TIMEOUT = 1000;

// Connection errors that prove the request never left: safe to retry even without a retry key.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** Builds the `call` function every client method goes through. */
export function createTransport(options: TransportOptions): Call {
  const authorization = `Bearer ${options.channelAccessToken}`;
  const buckets = new Map<EndpointName, TokenBucket | null>();

  function bucketFor(name: EndpointName): TokenBucket | null {
    let bucket = buckets.get(name);
    if (bucket === undefined) {
      const limit = rateLimitOf(name, options.rateLimits);
      // LINE's bucket counts from arrival, ours from departure, and network jitter can bunch requests
      // up on the way: keep a margin of 10% of the burst and 5% of the refill rate.
      bucket = limit
        ? new TokenBucket({ limit: Math.max(1, Math.floor(limit.limit * 0.9)), per: limit.per * 1.05 }, performance.now())
        : null;
      buckets.set(name, bucket);
    }
    return bucket;
  }

  // Paths are absolute, so only the origin of each base URL counts; parsed once, not per request.
  const origins = { api: new URL(options.baseUrl).origin, data: new URL(options.dataBaseUrl).origin };

  return async function callEndpoint<T>(name: EndpointName, call: CallOptions = {}): Promise<Answer<T>> {
    const endpoint = ENDPOINTS[name];
    const path = fillPath(endpoint.path, call.params);
    // What goes on the request line; logs and errors name the path alone.
    let target = path;
    if (call.query) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(call.query)) if (value !== undefined) query.set(key, String(value));
      if (query.size > 0) target += `?${query}`;
    }
    const origin = origins[endpoint.host];
    const headers: Record<string, string> = { authorization };
    let body: string | Uint8Array | undefined;
    if (call.bytes !== undefined) {
      body = call.bytes.data;
      headers['content-type'] = call.bytes.contentType;
    } else if (call.json !== undefined || call.body !== undefined) {
      body = call.json ?? JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    if (call.retryKey !== undefined) headers['x-line-retry-key'] = call.retryKey;
    const policy = options.retry;
    const maxAttempts = policy ? policy.retries + 1 : 1;
    const bucket = bucketFor(name);
    // A repeat can not do anything twice: the endpoint is idempotent, or LINE de-duplicates by the key.
    const repeatable = endpoint.idempotent || call.retryKey !== undefined;

    for (let attempt = 1; ; attempt++) {
      if (bucket) {
        const wait = bucket.reserve(performance.now());
        if (wait > 0) {
          options.log?.({
            event: 'wait',
            method: endpoint.method,
            path,
            attempt,
            delay: wait,
            limit: rateLimitOf(name, options.rateLimits),
          });
          await sleep(wait, undefined, { signal: call.signal });
        }
      }
      const outcome = await sendOnce<T>(origin, target, endpoint.method, headers, body, call, repeatable);
      if (outcome.status !== undefined) {
        options.log?.({ event: 'response', method: endpoint.method, path, attempt, status: outcome.status, requestId: outcome.requestId });
      } else options.log?.({ event: 'no-answer', method: endpoint.method, path, attempt, reason: (outcome as Failure).reason });
      if ('data' in outcome) return outcome;
      if (!outcome.retry || attempt >= maxAttempts || !policy) {
        const { retry: _, reason: __, ...failure } = outcome;
        throw new LineApiError({ ...failure, method: endpoint.method, path, attempts: attempt, retryKey: call.retryKey });
      }
      const delay = backoffDelay(attempt, policy);
      options.log?.({ event: 'retry', method: endpoint.method, path, attempt, delay, reason: outcome.reason });
      await sleep(delay, undefined, { signal: call.signal });
    }
  };

  /** One attempt: an answer, or a failure that says whether it may be retried. */
  async function sendOnce<T>(
    origin: string,
    path: string,
    method: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    call: CallOptions,
    repeatable: boolean,
  ): Promise<Answer<T> | Failure> {
    // A timeout of a second or more is undici's own (the answer's headers within `timeout`, then no
    // pause that long in its body): free per request, checked every half second. A shorter one, or a
    // caller's signal, gets an abort of our own: an EventEmitter, undici's documented alternative to
    // an AbortSignal, which costs a fraction of an AbortController.
    const coarse = options.timeout >= COARSE_TIMEOUT && !call.signal;
    let abort: EventEmitter | undefined;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const onAbort = () => abort!.emit('abort');
    if (!coarse) {
      abort = new EventEmitter();
      timer = setTimeout(() => {
        timedOut = true;
        onAbort();
      }, options.timeout);
      call.signal?.addEventListener('abort', onAbort, { once: true });
    }
    try {
      const response = await (options.dispatcher ?? getGlobalDispatcher()).request({
        origin,
        path,
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal: abort,
        // A content stream is read at the caller's pace: only its headers are timed.
        headersTimeout: coarse ? options.timeout : undefined,
        bodyTimeout: coarse ? (call.stream ? 0 : options.timeout) : undefined,
      });
      const answerHeaders = response.headers as Answer<T>['headers'];
      const requestId = header(answerHeaders, 'x-line-request-id');
      const status = response.statusCode;
      if (status < 300 && call.stream) {
        clearTimeout(timer);
        return { status, data: response.body as T, requestId, acceptedRequestId: undefined, headers: answerHeaders };
      }
      const data = await readJson(response.body);
      const acceptedRequestId = header(answerHeaders, 'x-line-accepted-request-id');
      if (status < 300 || (status === 409 && call.retryKey !== undefined && acceptedRequestId)) {
        return { status, data: data as T, requestId, acceptedRequestId, headers: answerHeaders };
      }
      const error = data as { message?: unknown; details?: unknown };
      const lineMessage = typeof error.message === 'string' ? error.message : undefined;
      const details = Array.isArray(error.details) ? error.details.map((d) => detailOf(d, call.componentAt)) : undefined;
      return {
        code: codeForStatus(status, lineMessage),
        status,
        lineMessage,
        details,
        requestId,
        // A 5xx may come after LINE did the work (the emulator's `when: 'after'` fault is that case):
        // only a request that is safe to repeat is retried; for the others the outcome is unknown.
        retry: status >= 500 && repeatable,
        ambiguous: status >= 500 && !repeatable,
        reason: String(status),
      };
    } catch (cause) {
      if (call.signal?.aborted) throw call.signal.reason;
      const code = (cause as { code?: unknown }).code;
      if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return {
          code: 'timeout',
          retry: repeatable,
          ambiguous: !repeatable,
          reason: 'timeout',
          cause: new Error(`no answer within ${options.timeout} ms`),
        };
      }
      const sent = !(typeof code === 'string' && NOT_SENT.has(code));
      return {
        code: 'connection_failed',
        retry: repeatable || !sent,
        ambiguous: sent && !repeatable,
        reason: typeof code === 'string' ? code : 'connection',
        cause,
      };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }
}

function detailOf(raw: unknown, componentAt: CallOptions['componentAt']): ApiErrorDetail {
  const d = (raw ?? {}) as { message?: unknown; property?: unknown };
  const message = typeof d.message === 'string' ? d.message : undefined;
  const property = typeof d.property === 'string' ? d.property : undefined;
  const component = property !== undefined ? componentAt?.(property) : undefined;
  return {
    ...(message !== undefined ? { message } : {}),
    ...(property !== undefined ? { property } : {}),
    ...(component ? { component } : {}),
  };
}
