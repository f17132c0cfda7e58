/**
 * Closed-loop load: `concurrency` workers each send, wait for the answer and send again, for a
 * fixed time. A round gives requests/s and the client's CPU time per request
 * (`process.cpuUsage()`: user + system of this process, which holds no server); the latencies of
 * every request of every round give p50/p99. Contenders are measured round by round in turn, so
 * that a change of load on the shared machine lands on all of them alike.
 */
import { quantile } from '../lib/stats.ts';

export interface LoadOptions {
  readonly concurrency: number;
  /** Rounds measured per contender, after one warm-up round each. */
  readonly rounds: number;
  /** Length of a round, in ms. */
  readonly duration: number;
}

export interface LoadResult {
  /** One value per round. */
  readonly requestsPerSecond: number[];
  /** Client CPU µs per request, one value per round. */
  readonly cpuPerRequest: number[];
  /** Latency percentiles in ms, over every request of every round. */
  readonly p50: number;
  readonly p99: number;
}

type Send = () => Promise<unknown>;

// Run with --expose-gc (run.ts does): each round starts with an empty heap, so that no contender's
// CPU figure includes collecting the garbage the one before it left.
const collect = (globalThis as { gc?: () => void }).gc;

async function round(send: Send, concurrency: number, duration: number, latencies: number[] | undefined) {
  collect?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const end = start + duration;
  let requests = 0;
  async function worker(): Promise<void> {
    while (performance.now() < end) {
      const t0 = performance.now();
      await send();
      latencies?.push(performance.now() - t0);
      requests++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { perSecond: (requests / wall) * 1000, cpuPerRequest: (used.user + used.system) / requests };
}

/** Measures each of `sends` under the same load, rounds interleaved (the order rotates each round). */
export async function measureLoad(sends: readonly Send[], options: LoadOptions): Promise<LoadResult[]> {
  for (const send of sends) await round(send, options.concurrency, options.duration, undefined);
  const results = sends.map(() => ({ latencies: [] as number[], requestsPerSecond: [] as number[], cpuPerRequest: [] as number[] }));
  for (let r = 0; r < options.rounds; r++) {
    for (let i = 0; i < sends.length; i++) {
      const k = (i + r) % sends.length;
      const measured = await round(sends[k]!, options.concurrency, options.duration, results[k]!.latencies);
      results[k]!.requestsPerSecond.push(measured.perSecond);
      results[k]!.cpuPerRequest.push(measured.cpuPerRequest);
    }
  }
  return results.map(({ latencies, requestsPerSecond, cpuPerRequest }) => {
    latencies.sort((a, b) => a - b);
    return { requestsPerSecond, cpuPerRequest, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
  });
}
