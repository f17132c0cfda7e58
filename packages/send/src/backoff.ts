/** Retry policy: how many times, and how long to wait between attempts. */

export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  readonly retries?: number;
  /** Base delay in ms before the first retry (default 250); doubles each time. */
  readonly minDelay?: number;
  /** Cap on one delay in ms (default 8,000). */
  readonly maxDelay?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 4, minDelay: 250, maxDelay: 8000 };

/**
 * Delay before retry number `attempt` (1 = first retry): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that many clients failing together do not retry in lockstep.
 *
 * @example
 * backoffDelay(3, DEFAULT_RETRY); // between 500 and 1,000 ms
 */
export function backoffDelay(attempt: number, policy: Required<RetryOptions>, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelay, policy.minDelay * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
