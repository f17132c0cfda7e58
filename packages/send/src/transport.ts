/**
 * One HTTP call to LINE, done safely: rate-limited per operation, retried on 5xx, timeouts and
 * connection errors with backoff when a repeat can not do anything twice (an idempotent operation,
 * or a retry key, which stays the same), or when the request never left; an already-accepted
 * retry (409 + `x-line-accepted-request-id`) turned into a success; an answer that is not LINE's
 * (a 2xx whose body is not JSON, or lacks what LINE's OpenAPI says it always has) and every other
 * failure into a `LineApiError`. The token lives in this closure and in the Authorization header only.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  fillPath,
  OPERATIONS,
  type Operation,
  type OperationId,
  type RateLimit,
  type RateLimits,
  rateLimitOf,
  TokenBucket,
} from '@linejsx/protocol';
import type { ComponentRef } from '@linejsx/schema';
import type { Dispatcher } from 'undici';
import { backoffDelay, type RetryOptions } from './backoff.ts';
import { sharedConnections } from './connections.ts';
import { type ApiErrorDetail, codeForStatus, LineApiError, type LineApiErrorCode } from './errors.ts';
import type { TokenSource } from './tokens.ts';

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

/** The base URLs of LINE's three hosts (or of the emulator, which serves all of them). */
export interface BaseUrls {
  readonly api: string;
  readonly data: string;
  readonly manager: string;
}

export interface TransportOptions {
  /** A channel access token, or where to get a current one; none for a transport of the token operations alone. */
  readonly token: string | TokenSource | undefined;
  readonly baseUrls: BaseUrls;
  readonly timeout: number;
  readonly retry: Required<RetryOptions> | false;
  readonly rateLimits: RateLimits | undefined;
  readonly dispatcher: Dispatcher | undefined;
  readonly log: ((entry: LogEntry) => void) | undefined;
}

/** The fields and the file of a `multipart/form-data` body. */
export interface Multipart {
  readonly fields: Readonly<Record<string, string | undefined>>;
  readonly file: { readonly name: string; readonly filename: string; readonly type: string; readonly data: Uint8Array };
}

/**
 * A multipart body as bytes, with its Content-Type (RFC 7578): a few lines, where undici's FormData
 * and Node's own Blob do not agree on how to stream a file.
 */
function multipartBody({ fields, file }: Multipart): { readonly data: Buffer; readonly contentType: string } {
  const boundary = `linejsx-${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\ncontent-type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { data: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface CallOptions {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body; serialized once, so every retry sends the same bytes. */
  readonly body?: unknown;
  /** A JSON body already serialized (a send's, built around its validated messages' JSON). */
  readonly json?: string;
  /** A binary body instead (a rich menu image), sent with its own Content-Type. */
  readonly bytes?: { readonly data: Uint8Array; readonly contentType: string };
  /** An `application/x-www-form-urlencoded` body (the channel access token operations). */
  readonly form?: Readonly<Record<string, string | undefined>>;
  /** A `multipart/form-data` body (audience uploads by file): text fields and one file. */
  readonly multipart?: Multipart;
  /** Headers of the operation's own (`X-Line-Delivery-Tag`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The Authorization header of an operation that takes no channel access token (module-attach's Basic). */
  readonly authorization?: string;
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

export type Call = <T>(operationId: OperationId, options?: CallOptions) => Promise<Answer<T>>;

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
  /** What the answer was, when it was not LINE's. */
  readonly answer?: string;
  /** The token was refused (401) and a fresh one may be tried. */
  readonly stale?: boolean;
}

function header(headers: Answer<unknown>['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a body that is not LINE's answer looks like, for the error: its type, what LINE's answer
 * always has and it lacks, and its first bytes.
 */
function describeAnswer(status: number, contentType: string | undefined, text: string, missing: readonly string[] = []): string {
  const start = text.slice(0, 80).replace(/\s+/g, ' ').trim();
  const without = missing.length > 0 ? ` without ${missing.join(', ')}` : '';
  return `${status} ${contentType ? contentType : 'with no content type'}${without}, ${start ? `starting "${start}${text.length > 80 ? '…' : ''}"` : 'empty'}`;
}

/** The properties LINE's schema says a `status` answer of `operation` always has and `data` lacks. */
function missingFields(operation: Operation, status: number, data: object): readonly string[] {
  const required = (operation.responses as Readonly<Record<string, { readonly required?: readonly string[] }>>)[status]?.required;
  return required ? required.filter((name) => !Object.hasOwn(data, name)) : [];
}

/** A JSON body, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** From this timeout on (ms), undici's timers, which tick every half second, are precise enough. */
const COARSE_TIMEOUT = 1000;

// Connection errors that prove the request never left: safe to retry even without a retry key.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** A base URL as the origin the dispatcher connects to and the path every request starts with (a proxy's `/line`). */
function base(url: string): { readonly origin: string; readonly prefix: string } {
  const parsed = new URL(url);
  return { origin: parsed.origin, prefix: parsed.pathname.replace(/\/+$/, '') };
}

function queryString(query: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    // LINE takes a list as comma-separated values (`status=DRAFT,RUNNING`).
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return search.size > 0 ? `?${search}` : '';
}

/** Builds the `call` function every client method goes through. */
export function createTransport(options: TransportOptions): Call {
  const source = typeof options.token === 'string' ? undefined : options.token;
  const fixed = typeof options.token === 'string' ? `Bearer ${options.token}` : undefined;
  const buckets = new Map<OperationId, TokenBucket | null>();
  const dispatcher = options.dispatcher ?? sharedConnections();

  function bucketFor(id: OperationId): TokenBucket | null {
    let bucket = buckets.get(id);
    if (bucket === undefined) {
      const limit = rateLimitOf(id, options.rateLimits);
      // LINE's bucket counts from arrival, ours from departure, and network jitter can bunch requests
      // up on the way: keep a margin of 10% of the burst and 5% of the refill rate.
      bucket = limit
        ? new TokenBucket({ limit: Math.max(1, Math.floor(limit.limit * 0.9)), per: limit.per * 1.05 }, performance.now())
        : null;
      buckets.set(id, bucket);
    }
    return bucket;
  }

  // Parsed once, not per request.
  const bases = { api: base(options.baseUrls.api), data: base(options.baseUrls.data), manager: base(options.baseUrls.manager) };

  return async function callOperation<T>(id: OperationId, call: CallOptions = {}): Promise<Answer<T>> {
    const operation = OPERATIONS[id];
    const { origin, prefix } = bases[operation.host];
    const path = fillPath(operation.path, call.params);
    // What goes on the request line; logs and errors name the path alone.
    const target = prefix + path + (call.query ? queryString(call.query) : '');
    const headers: Record<string, string> = call.headers ? { ...call.headers } : {};
    let body: string | Uint8Array | undefined;
    const bytes = call.bytes ?? (call.multipart && multipartBody(call.multipart));
    if (bytes !== undefined) {
      body = bytes.data;
      headers['content-type'] = bytes.contentType;
    } else if (call.form !== undefined) {
      const form = new URLSearchParams();
      for (const [key, value] of Object.entries(call.form)) if (value !== undefined) form.set(key, value);
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (call.json !== undefined || call.body !== undefined) {
      body = call.json ?? JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    if (call.retryKey !== undefined) headers['x-line-retry-key'] = call.retryKey;
    if (call.authorization !== undefined) headers.authorization = call.authorization;
    const bearer = operation.auth === 'bearer';
    const policy = options.retry;
    const maxAttempts = policy ? policy.retries + 1 : 1;
    const bucket = bucketFor(id);
    // A repeat can not do anything twice: the operation is idempotent, or LINE de-duplicates by the key.
    const repeatable = operation.idempotent || call.retryKey !== undefined;
    let renewed = false;

    for (let attempt = 1; ; attempt++) {
      if (bucket) {
        const wait = bucket.reserve(performance.now());
        if (wait > 0) {
          options.log?.({
            event: 'wait',
            method: operation.method,
            path,
            attempt,
            delay: wait,
            limit: rateLimitOf(id, options.rateLimits),
          });
          await sleep(wait, undefined, { signal: call.signal });
        }
      }
      let token: string | undefined;
      if (bearer) {
        if (!fixed && !source) throw new TypeError(`${id} needs a channel access token; this client has none`);
        headers.authorization = fixed ?? `Bearer ${(token = await source!.token())}`;
      }
      const outcome = await sendOnce<T>(origin, target, operation, headers, body, call, repeatable);
      if (outcome.status !== undefined) {
        options.log?.({ event: 'response', method: operation.method, path, attempt, status: outcome.status, requestId: outcome.requestId });
      } else options.log?.({ event: 'no-answer', method: operation.method, path, attempt, reason: (outcome as Failure).reason });
      if ('data' in outcome) return outcome;
      // A managed token LINE refused (revoked, or expired early): get a new one and try once more.
      if (outcome.stale && source && token !== undefined && !renewed) {
        renewed = true;
        source.invalidate(token);
        continue;
      }
      if (!outcome.retry || attempt >= maxAttempts || !policy) {
        const { retry: _, reason: __, stale: ___, ...failure } = outcome;
        throw new LineApiError({ ...failure, method: operation.method, path, attempts: attempt, retryKey: call.retryKey });
      }
      const delay = backoffDelay(attempt, policy);
      options.log?.({ event: 'retry', method: operation.method, path, attempt, delay, reason: outcome.reason });
      await sleep(delay, undefined, { signal: call.signal });
    }
  };

  /** One attempt: an answer, or a failure that says whether it may be retried. */
  async function sendOnce<T>(
    origin: string,
    path: string,
    operation: Operation,
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
      const response = await dispatcher.request({
        origin,
        path,
        method: operation.method,
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
      const text = await response.body.text();
      const contentType = header(answerHeaders, 'content-type');
      // LINE answers JSON (or nothing); anything else came from something that is not LINE.
      const typed = contentType === undefined || contentType.includes('json');
      const data = text === '' ? (typed ? {} : undefined) : typed ? parseJson(text) : undefined;
      const acceptedRequestId = header(answerHeaders, 'x-line-accepted-request-id');
      if (status < 300 || (status === 409 && call.retryKey !== undefined && acceptedRequestId)) {
        const object = typeof data === 'object' && data !== null && !Array.isArray(data);
        // JSON, and (for a 2xx) with what LINE's schema says its answer always has: a `{}` from a
        // stub or a proxy must not become `undefined` IDs and counts handed on.
        const missing = object && status < 300 ? missingFields(operation, status, data) : [];
        if (object && missing.length === 0) return { status, data: data as T, requestId, acceptedRequestId, headers: answerHeaders };
        // A proxy, a captive portal or the wrong host answered: nothing says LINE did anything.
        return {
          code: 'invalid_response',
          status,
          requestId,
          retry: false,
          ambiguous: !repeatable,
          reason: 'invalid_response',
          answer: describeAnswer(status, contentType, text, missing),
        };
      }
      // LINE's error body (`{ message, details }`), or the OAuth one of the token operations (`{ error, error_description }`).
      const error = (data ?? {}) as { message?: unknown; details?: unknown; error?: unknown; error_description?: unknown };
      const oauth =
        typeof error.error_description === 'string' ? error.error_description : typeof error.error === 'string' ? error.error : undefined;
      const lineMessage =
        typeof error.message === 'string' ? error.message : (oauth ?? (data === undefined && text ? text.slice(0, 200) : undefined));
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
        stale: status === 401,
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
