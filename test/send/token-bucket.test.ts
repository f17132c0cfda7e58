import { backoffDelay, DEFAULT_RETRY, TokenBucket } from '@linejsx/send';
import { describe, expect, it } from 'vitest';

describe('TokenBucket', () => {
  it('lets a burst of `limit` through at once, then refills gradually', () => {
    const bucket = new TokenBucket({ limit: 3, per: 300 }, 0);
    expect([bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0), bucket.tryTake(0)]).toEqual([true, true, true, false]);
    expect(bucket.tryTake(99)).toBe(false);
    expect(bucket.tryTake(100)).toBe(true);
    expect(bucket.tryTake(100)).toBe(false);
  });

  it('never holds more than `limit` tokens after a long idle time', () => {
    const bucket = new TokenBucket({ limit: 2, per: 1000 }, 0);
    const taken = [1, 2, 3].map(() => bucket.tryTake(1_000_000));
    expect(taken).toEqual([true, true, false]);
  });

  it('queues reservations so that concurrent callers never overdraw it', () => {
    const bucket = new TokenBucket({ limit: 2, per: 100 }, 0);
    // 2 at once, then one every 50 ms, in call order.
    expect([0, 0, 0, 0, 0].map(() => bucket.reserve(0))).toEqual([0, 0, 50, 100, 150]);
    // Time passing pays back the debt before new tokens appear.
    expect(bucket.reserve(150)).toBe(50);
  });

  it('refuses a limit that can not refill', () => {
    expect(() => new TokenBucket({ limit: 0, per: 1000 }, 0)).toThrow(RangeError);
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt up to the cap, with half of each delay random', () => {
    const low = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, DEFAULT_RETRY, () => 0));
    const high = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, DEFAULT_RETRY, () => 1));
    expect(low).toEqual([125, 250, 500, 1000, 2000, 4000]);
    expect(high).toEqual([250, 500, 1000, 2000, 4000, 8000]);
  });
});
