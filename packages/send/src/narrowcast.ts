/** Waiting for a narrowcast: LINE accepts it with 202 and sends it later (`R#get-narrowcast-progress-status`). */
import { setTimeout as sleep } from 'node:timers/promises';
import type { NarrowcastProgress } from '@linejsx/protocol';

export interface WaitOptions {
  /** Between polls, in ms (default 5,000; LINE's progress changes over seconds to minutes). */
  readonly interval?: number;
  /** Called with every progress read, including the last. */
  readonly onProgress?: (progress: NarrowcastProgress) => void;
  readonly signal?: AbortSignal;
}

/** Polls `read(requestId)` until the phase is `succeeded` or `failed`; returns that last progress. */
export async function waitForNarrowcast(
  read: (requestId: string) => Promise<NarrowcastProgress>,
  requestId: string,
  options: WaitOptions = {},
): Promise<NarrowcastProgress> {
  for (;;) {
    const progress = await read(requestId);
    options.onProgress?.(progress);
    if (progress.phase === 'succeeded' || progress.phase === 'failed') return progress;
    await sleep(options.interval ?? 5000, undefined, { signal: options.signal });
  }
}
