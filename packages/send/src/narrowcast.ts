/** Waiting for a narrowcast: LINE accepts it with 202 and sends it later (`R#get-narrowcast-progress-status`). */
import { setTimeout as sleep } from 'node:timers/promises';
import type { NarrowcastProgress } from '@linejsx/protocol';

export interface WaitOptions {
  /** Between polls, in ms (default 5,000; LINE's progress changes over seconds to minutes). */
  readonly interval?: number;
  /** How long to wait at most, in ms (default 600,000: 10 minutes); then a `NarrowcastWaitTimeoutError`. */
  readonly timeout?: number;
  /** Called with every progress read, including the last. */
  readonly onProgress?: (progress: NarrowcastProgress) => void;
  readonly signal?: AbortSignal;
}

/** How long `waitForNarrowcast` waits by default. */
export const NARROWCAST_WAIT_TIMEOUT = 10 * 60 * 1000;

/**
 * A narrowcast that was still waiting or sending when `waitForNarrowcast` stopped waiting. LINE
 * goes on with it: follow it later with `narrowcastProgress(requestId)`.
 *
 * @example
 * try { await line.waitForNarrowcast(id, { timeout: 60_000 }) }
 * catch (error) { if (error instanceof NarrowcastWaitTimeoutError) console.log(error.progress.phase) }
 */
export class NarrowcastWaitTimeoutError extends Error {
  override readonly name = 'NarrowcastWaitTimeoutError';
  readonly code = 'narrowcast_wait_timeout' as const;

  constructor(
    readonly requestId: string,
    /** The last progress read. */
    readonly progress: NarrowcastProgress,
    readonly timeout: number,
  ) {
    super(
      `the narrowcast ${requestId} was still ${progress.phase} after ${Math.round(timeout / 1000)} s of waiting; LINE goes on with it ` +
        `(its progress: GET /v2/bot/message/progress/narrowcast?requestId=${requestId})`,
    );
  }
}

/**
 * Polls `read(requestId)` until the phase is `succeeded` or `failed`, and returns that last
 * progress; throws a `NarrowcastWaitTimeoutError` when `timeout` passes first.
 */
export async function waitForNarrowcast(
  read: (requestId: string) => Promise<NarrowcastProgress>,
  requestId: string,
  options: WaitOptions = {},
): Promise<NarrowcastProgress> {
  const timeout = options.timeout ?? NARROWCAST_WAIT_TIMEOUT;
  const deadline = performance.now() + timeout;
  for (;;) {
    const progress = await read(requestId);
    options.onProgress?.(progress);
    if (progress.phase === 'succeeded' || progress.phase === 'failed') return progress;
    const left = deadline - performance.now();
    if (left <= 0) throw new NarrowcastWaitTimeoutError(requestId, progress, timeout);
    await sleep(Math.min(options.interval ?? 5000, left), undefined, { signal: options.signal });
  }
}
