/**
 * Times synchronous operations with tinybench: warm-up, then samples of a batch of calls each
 * (one call of a small validation is well under a microsecond, too short to time alone), in
 * several rounds whose task order rotates, so that a burst of load from another process on the
 * machine lands on every operation rather than on one.
 *
 * A figure is the mean time per call over a whole round (all its samples), one per round, and the
 * spread is over rounds. Not the median sample: garbage collection lands in a few samples, which a
 * median of samples leaves out, flattering whatever allocates (render, preview) against what does
 * not (ajv).
 */
import { Bench } from 'tinybench';
import { QUICK } from './group.ts';

export interface Op {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface TimingOptions {
  /** Rounds of the whole set. */
  readonly rounds: number;
  /** Sampling time per task and round, in ms. */
  readonly time: number;
  /** Warm-up per task and round, in ms. */
  readonly warmup: number;
}

/** Ten rounds of 200 ms per task after 100 ms of warm-up; `--quick` takes a fraction of that. */
const DEFAULTS: TimingOptions = QUICK ? { rounds: 3, time: 60, warmup: 30 } : { rounds: 10, time: 200, warmup: 100 };

// Results go here so that the optimiser can not drop a call whose value is unused.
let sink: unknown;

/** Calls of `fn` per sample, so that one sample lasts about 50 µs. */
function batchSize(fn: () => unknown): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 20) {
    sink = fn();
    calls++;
  }
  return Math.max(1, Math.round((calls / 20) * 0.05));
}

/** Milliseconds per call of each op, one value per round. */
export async function timeOps(ops: readonly Op[], options: TimingOptions = DEFAULTS): Promise<Map<string, number[]>> {
  const { rounds } = options;
  const perCall = new Map<string, number[]>(ops.map((op) => [op.name, []]));
  const batches = new Map(ops.map((op) => [op.name, batchSize(op.fn)]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: options.time, warmupTime: options.warmup, retainSamples: true });
    for (let i = 0; i < ops.length; i++) {
      const op = ops[(i + round) % ops.length]!;
      const n = batches.get(op.name)!;
      const { fn } = op;
      bench.add(op.name, () => {
        for (let k = 0; k < n; k++) sink = fn();
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state === 'errored') throw result.error;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const n = batches.get(task.name)!;
      const samples = result.latency.samples ?? [];
      let total = 0;
      for (const ms of samples) total += ms;
      perCall.get(task.name)!.push(total / (samples.length * n));
    }
  }
  void sink;
  return perCall;
}
