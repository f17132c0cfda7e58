/** The machine a run was measured on, for the head of BENCHMARKS.md. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** 1-minute load average when the run started and ended: other work on the machine. */
  readonly load: readonly [number, number];
}

export function describeMachine(loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() || 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: [loadAtStart, loadavg()[0]!],
  };
}
