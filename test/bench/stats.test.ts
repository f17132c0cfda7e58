/** The statistics BENCHMARKS.md reports: medians and quartiles, interpolated as the usual definition does. */
import { describe, expect, it } from 'vitest';
import { quantile, spread } from '../../bench/lib/stats.ts';

describe('benchmark statistics', () => {
  it('takes the median and quartiles of unsorted samples', () => {
    expect(spread([5, 1, 4, 2, 3])).toEqual({ median: 3, p25: 2, p75: 4, samples: 5 });
  });

  it('interpolates between samples', () => {
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
  });

  it('says NaN for no samples rather than a number that was never measured', () => {
    expect(spread([]).median).toBeNaN();
  });
});
