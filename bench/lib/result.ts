/** What a benchmark group reports to `run.ts`: rows of figures, each with its spread and target. */
import type { Spread } from './stats.ts';

export interface Target {
  /** The target in words, e.g. `≥ 0.5× ajv (12,300 ops/s)`. */
  readonly text: string;
  readonly met: boolean;
}

export interface Row {
  /** What was measured, e.g. `linejsx render() + validation`. */
  readonly name: string;
  /** The input or setting, e.g. `receipt bubble` or `concurrency 16`. */
  readonly input: string;
  /** `ops/s`, `µs`, `req/s`, `µs CPU/req`, `ms`, `s`, `MB`. */
  readonly unit: string;
  readonly value: Spread;
  readonly target?: Target;
  readonly note?: string;
}

export interface Section {
  readonly title: string;
  readonly rows: readonly Row[];
  /** Said under the table: how it was measured, what was left out and why. */
  readonly notes: readonly string[];
}

export interface GroupResult {
  readonly group: string;
  readonly sections: readonly Section[];
}

/** A figure measured once (a whole run, not a sample): no spread. */
export function single(value: number): Spread {
  return { median: value, p25: value, p75: value, samples: 1 };
}
