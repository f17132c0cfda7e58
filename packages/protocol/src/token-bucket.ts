/**
 * A token bucket, the algorithm LINE uses for its rate limits (`R#rate-limits`): up to `limit`
 * requests at once, refilled gradually at `limit` per `per` milliseconds. The client reserves
 * tokens ahead (and waits); the emulator takes them or answers 429. Time is passed in, so the
 * arithmetic is tested without clocks.
 *
 * @example
 * const bucket = new TokenBucket({ limit: 200, per: 1000 }, performance.now());
 * if (!bucket.tryTake(performance.now())) answer429();
 * await sleep(bucket.reserve(performance.now()));
 */
import type { RateLimit } from './rules.ts';

export class TokenBucket {
  readonly capacity: number;
  /** Tokens per millisecond. */
  readonly rate: number;
  private tokens: number;
  private updatedAt: number;

  constructor(limit: RateLimit, now: number) {
    if (!(limit.limit > 0) || !(limit.per > 0))
      throw new RangeError(`a rate limit needs limit > 0 and per > 0; got ${limit.limit} per ${limit.per} ms`);
    this.capacity = limit.limit;
    this.rate = limit.limit / limit.per;
    this.tokens = limit.limit;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.rate);
      this.updatedAt = now;
    }
  }

  /** Takes a token if one is there now; otherwise takes nothing and returns false. */
  tryTake(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /**
   * Reserves the next token and returns how many milliseconds to wait before using it (0: now).
   * Reservations queue up in call order, so concurrent callers never overdraw the bucket.
   */
  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.rate);
  }
}
