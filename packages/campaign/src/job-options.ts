/**
 * How BullMQ keeps a campaign's jobs: retried with backoff as long as it takes (a job is never
 * "failed" by BullMQ: every recipient ends with an outcome of ours, at the latest when LINE would
 * have forgotten the retry key), removed once completed (its outcomes are kept by the campaign).
 */
import { backoffDelay } from '@linejsx/send';
import type { JobsOptions } from 'bullmq';

/** BullMQ counts attempts; ours end by the age of the retry keys instead (see `send-job.ts`). */
const ATTEMPTS = 1_000_000;

export const JOB_OPTIONS = {
  attempts: ATTEMPTS,
  backoff: { type: 'campaign' },
  removeOnComplete: true,
  // What BullMQ would keep of each failed attempt: the last error is enough.
  stackTraceLimit: 1,
} as const satisfies JobsOptions;

/** A job's retries: 0.25 s doubling to a minute, with jitter (the client's backoff, longer). */
const RETRY = { retries: ATTEMPTS, minDelay: 250, maxDelay: 60_000 } as const;

/** BullMQ's `settings.backoffStrategy` for the `campaign` backoff type: the delay after `attemptsMade` failed attempts. */
export function backoffStrategy(attemptsMade: number, type?: string): number {
  if (type !== JOB_OPTIONS.backoff.type) throw new Error(`unknown backoff type ${type}`);
  return backoffDelay(attemptsMade, RETRY);
}
