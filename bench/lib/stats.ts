/** Median and quartiles of samples: the figures BENCHMARKS.md reports. */

export interface Spread {
  readonly median: number;
  /** 25th percentile. */
  readonly p25: number;
  /** 75th percentile. */
  readonly p75: number;
  readonly samples: number;
}

/** The `q` quantile (0..1) of ascending `sorted`, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), samples: sorted.length };
}
