/**
 * Multicast to any number of users: split into requests of at most 500 recipients (`R#send-multicast-message`),
 * run a few at a time under the multicast rate limit, each with its own retry key. A chunk that
 * fails is reported, never re-sent together with chunks that went out; `retryMulticast` re-sends
 * only the failed chunks under their original keys, so a chunk LINE did accept is not sent twice.
 * `sendChunks` is the loop under both, also for chunks planned elsewhere and streamed (the CLI's
 * journal), in flat memory.
 */
import { randomUUID } from 'node:crypto';
import { LineValidationError, type Message, MULTICAST_CHUNK, RETRY_KEY, userIdIssues } from '@linejsx/schema';
import { LineApiError } from './errors.ts';
import { type PreparedMessages, requestJson } from './messages.ts';
import type { Call } from './transport.ts';

export interface MulticastOptions {
  readonly notificationDisabled?: boolean;
  /** `S:MulticastRequest.customAggregationUnits` (at most one name). */
  readonly customAggregationUnits?: readonly string[];
  /** Requests in flight at once (default 8); the rate limit applies on top. */
  readonly concurrency?: number;
  /** Called after each chunk ends, for progress bars. */
  readonly onProgress?: (progress: MulticastProgress) => void;
  /** Aborts requests in flight (reported `failed`) and starts no more (reported `skipped`). */
  readonly signal?: AbortSignal;
}

export interface MulticastProgress {
  readonly chunksDone: number;
  readonly chunks: number;
  /** Recipients in chunks LINE accepted so far. */
  readonly sent: number;
  /** Recipients in chunks that failed so far. */
  readonly failed: number;
  readonly recipients: number;
}

export interface MulticastChunk {
  readonly index: number;
  readonly to: readonly string[];
  /** The `X-Line-Retry-Key` of this chunk; `retryMulticast` reuses it. */
  readonly retryKey: string;
  /**
   * `sent`: LINE accepted it. `failed`: an error after every retry, or aborted; LINE may or may not
   * have taken it, and `retryMulticast` re-sends it safely under the same key. `skipped`: never sent.
   */
  readonly status: 'sent' | 'failed' | 'skipped';
  readonly requestId?: string;
  /** Set when LINE answered that this retry key was already accepted (409). */
  readonly acceptedRequestId?: string;
  readonly error?: LineApiError | Error;
}

export interface MulticastResult {
  /** Every chunk was accepted. */
  readonly ok: boolean;
  /** Distinct recipients (duplicates in the input are sent once). */
  readonly recipients: number;
  readonly sent: number;
  /** Recipients of failed or skipped chunks. */
  readonly failed: readonly string[];
  readonly chunks: readonly MulticastChunk[];
  /** What was sent, so that `retryMulticast` can send the same again. */
  readonly request: {
    readonly messages: readonly Message[];
    readonly notificationDisabled?: boolean;
    readonly customAggregationUnits?: readonly string[];
  };
}

// After these, every other chunk would fail the same way: stop starting new ones.
const FATAL = new Set(['unauthorized', 'forbidden', 'monthly_limit']);

/** Splits distinct recipients into chunks of at most 500, each with a fresh retry key. */
export function planChunks(to: Iterable<string>): MulticastChunk[] {
  const unique = [...new Set(to)];
  const chunks: MulticastChunk[] = [];
  for (let i = 0; i < unique.length; i += MULTICAST_CHUNK) {
    chunks.push({ index: chunks.length, to: unique.slice(i, i + MULTICAST_CHUNK), retryKey: randomUUID(), status: 'skipped' });
  }
  return chunks;
}

/** A request of a multicast as planned: its recipients and its retry key, kept for every resend. */
export interface PlannedChunk {
  readonly index: number;
  readonly to: readonly string[];
  readonly retryKey: string;
}

/** What `sendChunks` and `client.multicastChunks` take besides the chunks. */
export interface ChunksOptions {
  readonly notificationDisabled?: boolean;
  readonly customAggregationUnits?: readonly string[];
  /** Requests in flight at once (default 8); the rate limit applies on top. */
  readonly concurrency?: number;
  /** Aborts requests in flight (reported `failed`) and starts no more. */
  readonly signal?: AbortSignal;
  /** Called with each chunk's outcome (`sent` or `failed`) as it comes. */
  readonly onChunk?: (outcome: MulticastChunk) => void;
}

/** How a run of `sendChunks` ended. */
export interface ChunksRun {
  /** The chunks taken from the source and ended: sent or failed. */
  readonly done: number;
  /** An error every other chunk would get too (a refused token, no quota left): no more were started. */
  readonly stoppedBy?: LineApiError;
}

/** A chunk LINE would refuse as a whole (`S:MulticastRequest.to`, a retry key that is not a UUID): never sent. */
function chunkProblem(chunk: PlannedChunk): Error | undefined {
  const issues = [
    ...(chunk.to.length === 0 || chunk.to.length > MULTICAST_CHUNK
      ? [{ path: 'to', code: 'too_many' as const, message: `to has ${chunk.to.length} user IDs; LINE takes 1 to ${MULTICAST_CHUNK}` }]
      : userIdIssues(chunk.to)),
    ...(RETRY_KEY.test(chunk.retryKey)
      ? []
      : [{ path: 'retryKey', code: 'invalid_format' as const, message: 'the retry key is not a UUID' }]),
  ];
  return issues.length > 0 ? new LineValidationError(issues, `multicast request ${chunk.index}`) : undefined;
}

/**
 * Sends planned chunks, from an array or a stream (an async iterable: a journal read back from
 * disk), a few at a time, each under its own retry key, and hands each outcome to `onChunk` as it
 * comes, keeping none: memory stays flat whatever the number of chunks. Stops starting chunks
 * when `signal` aborts or after an error every other chunk would get too.
 */
export async function sendChunks(
  call: Call,
  chunks: Iterable<PlannedChunk> | AsyncIterable<PlannedChunk>,
  prepared: PreparedMessages,
  options: ChunksOptions,
): Promise<ChunksRun> {
  const settings = {
    ...(options.notificationDisabled !== undefined ? { notificationDisabled: options.notificationDisabled } : {}),
    ...(options.customAggregationUnits ? { customAggregationUnits: options.customAggregationUnits } : {}),
  };
  const source = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let done = 0;
  let stoppedBy: LineApiError | undefined;
  let ended = false;

  async function worker(): Promise<void> {
    while (!ended && !stoppedBy && !options.signal?.aborted) {
      // Async generators queue concurrent next() calls: each worker gets its own chunk.
      const next = await source.next();
      if (next.done) {
        ended = true;
        return;
      }
      const chunk = next.value;
      let outcome: MulticastChunk;
      const problem = chunkProblem(chunk);
      if (problem) outcome = { ...chunk, status: 'failed', error: problem };
      else {
        try {
          const answer = await call<unknown>('multicast', {
            json: requestJson({ to: chunk.to, ...settings }, prepared),
            retryKey: chunk.retryKey,
            componentAt: prepared.componentAt,
            signal: options.signal,
          });
          outcome = {
            ...chunk,
            status: 'sent',
            ...(answer.requestId ? { requestId: answer.requestId } : {}),
            ...(answer.acceptedRequestId ? { acceptedRequestId: answer.acceptedRequestId } : {}),
          };
        } catch (error) {
          // Aborted in flight: LINE may have accepted it, so it is `failed` (sent again under its key, never twice).
          const err = error instanceof Error ? error : new Error(String(error));
          if (err instanceof LineApiError && FATAL.has(err.code)) stoppedBy = err;
          outcome = { index: chunk.index, to: chunk.to, retryKey: chunk.retryKey, status: 'failed', error: err };
        }
      }
      done++;
      options.onChunk?.(outcome);
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 8);
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    // A stream left early (stopped, aborted) is closed: a file it reads is let go.
    if (!ended) await source.return?.();
  }
  return { done, ...(stoppedBy ? { stoppedBy } : {}) };
}

/** Sends `chunks` (those not yet `sent`) and returns the result of all of them. */
export async function runMulticast(
  call: Call,
  chunks: readonly MulticastChunk[],
  prepared: PreparedMessages,
  options: MulticastOptions,
): Promise<MulticastResult> {
  const results: MulticastChunk[] = [...chunks];
  const pending = chunks.filter((c) => c.status !== 'sent');
  const recipients = chunks.reduce((n, c) => n + c.to.length, 0);
  const count = (status: MulticastChunk['status']) => results.reduce((n, c) => n + (c.status === status ? c.to.length : 0), 0);
  let done = chunks.length - pending.length;
  const settings = {
    ...(options.notificationDisabled !== undefined ? { notificationDisabled: options.notificationDisabled } : {}),
    ...(options.customAggregationUnits ? { customAggregationUnits: options.customAggregationUnits } : {}),
  };
  const request: MulticastResult['request'] = { messages: prepared.messages, ...settings };
  const { stoppedBy } = await sendChunks(call, pending, prepared, {
    ...settings,
    concurrency: Math.min(options.concurrency ?? 8, pending.length),
    signal: options.signal,
    onChunk(outcome) {
      results[outcome.index] = outcome;
      done++;
      options.onProgress?.({ chunksDone: done, chunks: chunks.length, sent: count('sent'), failed: count('failed'), recipients });
    },
  });
  // Chunks never started because of a fatal error carry that error, so the caller sees why.
  for (const chunk of results) {
    if (chunk.status === 'skipped' && stoppedBy) results[chunk.index] = { ...chunk, error: stoppedBy };
  }
  const failed = results.filter((c) => c.status !== 'sent').flatMap((c) => c.to);
  return {
    ok: failed.length === 0,
    recipients,
    sent: count('sent'),
    failed,
    chunks: results,
    request,
  };
}
