/**
 * The servers of the send benchmarks run in a process of their own (`servers.ts`), so that the
 * client's `process.cpuUsage()` counts the client alone. This is how the two talk over IPC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FaultRule } from '@linejsx/emulator';

/** What the emulator's records say about a multicast. */
export interface DeliveryAudit {
  /** Recipients that received anything. */
  readonly recipients: number;
  /** Recipients that received exactly `expected` messages. */
  readonly exactlyOnce: number;
  /** Recipients that received more (a duplicate delivery). */
  readonly duplicated: number;
  /** API requests by answer: `200`, `409`, `500`, `dropped`, … */
  readonly answers: Readonly<Record<string, number>>;
  /** Requests a fault rule hit. */
  readonly faulted: number;
  /** When the first and the last request arrived (ms since the epoch; 0 without requests). */
  readonly firstAt: number;
  readonly lastAt: number;
}

export type Command =
  | { readonly cmd: 'reset'; readonly rateLimits: boolean; readonly faults?: readonly FaultRule[] }
  | { readonly cmd: 'audit'; readonly expected: number }
  | { readonly cmd: 'connections' }
  | { readonly cmd: 'stop' };

export interface Ready {
  /** One bare `node:http` server per push contender (their connections are counted apart). */
  readonly nullUrls: readonly string[];
  readonly token: string;
}

/** The servers process, driven from the benchmark process. */
export interface Servers extends Ready {
  /**
   * Forgets every message and request and returns the URL of the emulator to use: with LINE's rate
   * limits or without, and with the given fault rules.
   */
  reset(rateLimits: boolean, faults?: readonly FaultRule[]): Promise<string>;
  audit(expected: number): Promise<DeliveryAudit>;
  /** The most connections each `nullUrls` server had open at once since the last call. */
  connections(): Promise<number[]>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./servers.ts', import.meta.url));

function ask<T>(child: ChildProcess, command: Command): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the servers process exited (${code}) during ${command.cmd}`));
    child.once('exit', onExit);
    child.once('message', (reply) => {
      child.off('exit', onExit);
      resolve(reply as T);
    });
    child.send(command);
  });
}

/** Starts the emulator and the bare `node:http` server in a child process. */
export async function startServers(): Promise<Servers> {
  const child = fork(SCRIPT, [], {
    execArgv: ['--conditions=@linejsx/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`the servers process exited (${code}) before it was ready`)));
  });
  return {
    ...ready,
    reset: async (rateLimits, faults) =>
      (await ask<{ url: string }>(child, { cmd: 'reset', rateLimits, ...(faults ? { faults } : {}) })).url,
    audit: (expected) => ask(child, { cmd: 'audit', expected }),
    connections: () => ask(child, { cmd: 'connections' }),
    async stop() {
      await ask(child, { cmd: 'stop' });
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    },
  };
}
