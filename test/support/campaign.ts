/**
 * Campaign tests run the real thing: `linejsx campaign …` processes against a real Redis
 * (`redis.ts`) and the emulator in this process, whose delivery records say who received what.
 * Workers are child processes that tests kill with real signals; every one is stopped after.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectOnce, type Redis } from '@linejsx/campaign';
import { type Emulator, startEmulator } from '@linejsx/emulator';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { RedisServer } from '../../tools/redis-server.ts';
import type { PointsProps } from '../campaign/fixtures/points.tsx';
import { type CliRun, DEV_CLI, ROOT, runCli } from './cli.ts';
import { useRedis } from './redis.ts';

export const POINTS = 'test/campaign/fixtures/points.tsx';

/** A recipient of a test audience: an ID and the props of their message. */
export interface Person {
  readonly to: string;
  readonly props: PointsProps;
}

/** `n` people with IDs from `offset`, each with their own name, points and code. */
export function people(n: number, offset = 0): Person[] {
  return Array.from({ length: n }, (_, i) => {
    const k = i + offset;
    return { to: `U${k.toString(16).padStart(32, '0')}`, props: { name: `Person ${k}`, points: k * 7, code: `P${k}` } };
  });
}

/** A scratch directory under test/.tmp for one test file, removed after it. */
export function scratch(name: string): string {
  const dir = join(ROOT, 'test/.tmp', name);
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes people as JSON lines (and any extra lines) and returns the path. */
export function audienceFile(dir: string, name: string, list: readonly Person[], extra: readonly string[] = []): string {
  const path = join(dir, name);
  writeFileSync(path, `${[...list.map((p) => JSON.stringify(p)), ...extra].join('\n')}\n`);
  return path;
}

/** `linejsx campaign start …`: the campaign ID it printed, or the run. */
export async function startCampaignCli(args: readonly string[], env: Readonly<Record<string, string>>): Promise<string> {
  const run = await runCli(['campaign', 'start', ...args], { env });
  if (run.code !== 0) throw new Error(`campaign start exited ${run.code}:\n${run.stderr}`);
  return run.stdout.trim();
}

/** A worker process. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What it wrote to stderr so far. */
  output(): string;
  /** Sends a signal and waits for the exit; resolves to the exit code (null after a kill). */
  signal(signal: NodeJS.Signals): Promise<number | null>;
}

const workers = new Set<WorkerProcess>();

/**
 * Spawns `linejsx campaign worker ARGS` with `env`; killed after the test if still running.
 *
 * @example
 * const worker = spawnWorker(['--stalled-after', '2'], env);
 */
export function spawnWorker(args: readonly string[], env: Readonly<Record<string, string>>): WorkerProcess {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !/^(LINE_|LINEJSX_|REDIS_URL$|VITEST|TSX_)/.test(key)) clean[key] = value;
  const child = spawn(process.execPath, [...DEV_CLI, 'campaign', 'worker', ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const worker: WorkerProcess = {
    child,
    output: () => stderr,
    async signal(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      workers.delete(worker);
      return code;
    },
  };
  workers.add(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all([...workers].map((worker) => worker.signal('SIGKILL')));
});

/** Waits until `check` holds (polled every 50 ms), or fails after `timeout` ms saying what was awaited. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Messages the emulator delivered, over every chat. */
export function deliveredCount(emu: Emulator): number {
  let n = 0;
  for (const inbox of emu.received().values()) n += inbox.length;
  return n;
}

/**
 * Every person received exactly one message, their own (by the name in its altText), and nobody
 * else received anything.
 */
export function expectEachOnce(emu: Emulator, list: readonly Person[]): void {
  const wrong: string[] = [];
  for (const person of list) {
    const inbox = emu.inbox(person.to);
    const alt = `${person.props.name}, you have ${person.props.points} points`;
    if (inbox.length !== 1 || (inbox[0]!.message as { altText?: string }).altText !== alt)
      wrong.push(`${person.to}: ${inbox.length} messages`);
  }
  expect(wrong.slice(0, 5), `${wrong.length} of ${list.length} recipients did not receive their message exactly once`).toEqual([]);
  expect(emu.received().size).toBe(list.length);
}

/** `linejsx campaign status ID --json`, parsed. */
export async function statusOf(id: string, env: Readonly<Record<string, string>>): Promise<Record<string, unknown>> {
  const run: CliRun = await runCli(['campaign', 'status', id, '--json'], { env });
  if (run.code !== 0) throw new Error(`campaign status exited ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** Runs `use` with a connection to the test's Redis, closed after. */
export async function withConnection<T>(url: string, use: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = await connectOnce(url);
  try {
    return await use(redis);
  } finally {
    redis.disconnect();
  }
}

/** What a campaign test file works with: see `useCampaignWorld`. */
export interface CampaignWorld {
  readonly redis: RedisServer;
  /** A scratch folder under test/.tmp. */
  readonly dir: string;
  /** The emulator (started before the file's tests). */
  emu(): Emulator;
  /** The environment of a worker or of `campaign start` against that Redis and emulator. */
  env(): Record<string, string>;
}

/**
 * A campaign test file's setting: a real Redis, a scratch folder, and an emulator that keeps every
 * request the tests count (by default it keeps the last 10,000).
 *
 * @example
 * const { redis, dir, emu, env } = useCampaignWorld('campaign-crash');
 */
export function useCampaignWorld(name: string): CampaignWorld {
  const redis = useRedis();
  const dir = scratch(name);
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ followers: 0, maxRequests: 100_000 });
  });
  afterAll(() => emulator?.stop());
  const emu = () => {
    if (!emulator) throw new Error('the emulator is not started yet');
    return emulator;
  };
  return { redis, dir, emu, env: () => ({ REDIS_URL: redis.url, LINE_TOKEN: emu().token, LINE_API_BASE_URL: emu().url }) };
}
