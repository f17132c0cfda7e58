/** What a benchmark group reports to `run.ts`: tables of figures, each with its spread and target. */
import type { Spread } from './stats.ts';

export interface Target {
  /** The target in words, e.g. `≥ ½ ajv (12,300)`. */
  readonly text: string;
  readonly met: boolean;
}

/** A column of figures: `ops/s`, `CPU µs/req`, `p99 ms`… */
export interface Column {
  readonly title: string;
}

export interface Row {
  /** What was measured, e.g. `linejsx render() + validation`. */
  readonly name: string;
  /** The input or setting, e.g. `receipt bubble` or `emulator, concurrency 16`. */
  readonly input: string;
  /** One figure per column of the section (undefined: not measured). */
  readonly values: ReadonlyArray<Spread | undefined>;
  readonly targets?: readonly Target[];
}

export interface Section {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Said under the table: how it was measured, what was left out and why. */
  readonly notes: readonly string[];
}

export interface GroupResult {
  readonly group: string;
  readonly sections: readonly Section[];
}

/** A figure measured once (a whole run, not samples): no spread. */
export function single(value: number): Spread {
  return { median: value, p25: value, p75: value, samples: 1 };
}
