/**
 * Nothing lost, nothing sent twice, whatever kills a multicast: a real `linejsx send multicast`
 * child process, killed by SIGINT, SIGTERM, SIGHUP or SIGKILL at a random point (while it starts,
 * reads the recipients, writes its journal, or sends, with answers held back so that requests are
 * in flight), then finished as a person would: `--resume` the journal it left, or run the same
 * command again when it left none. The emulator's delivery records must then show every recipient
 * with the messages exactly once. 20 runs per signal.
 *
 * The child is the `linejsx` bin bundled by esbuild (`bench/send/bundle.ts`), as the command runs
 * compiled from its package: without a TypeScript loader it starts in a fifth of the time, which
 * keeps 80 runs under a minute.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Emulator, emulatedId, startEmulator } from '@linejsx/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/send/bundle.ts';
import { seededRandom } from '../../packages/emulator/src/faults.ts';
import { callCli, ROOT } from '../support/cli.ts';
import { tempDir } from '../support/temp.ts';

const RUNS = 20;
const CHUNKS = 10;
const RECIPIENTS = CHUNKS * 500;
/** messages.json holds two messages: each recipient's inbox must end with exactly these two. */
const MESSAGES = join(ROOT, 'test/cli/fixtures/messages.json');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL'] as const;
type Signal = (typeof SIGNALS)[number];
const HANDLED: Readonly<Record<Signal, number | undefined>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143, SIGKILL: undefined };

// The kill points differ from run to run, and a failure can be replayed with its seed.
const SEED = Number(process.env.LINEJSX_KILL_SEED ?? Date.now() % 1_000_000);

interface Run {
  readonly signal: Signal;
  readonly run: number;
  /** Where it was killed: after `ms` from the start, or once LINE had `requests` multicast requests. */
  readonly point: string;
  /** How it ended: exit code, or the signal it died of. */
  readonly ended: string;
  /** What finished it: nothing (it was done), --resume, or the command again. */
  readonly finish: 'done' | 'resume' | 'again';
  readonly lost: number;
  readonly duplicated: number;
}

const emulators: Emulator[] = [];
afterAll(async () => {
  for (const emu of emulators) await emu.stop();
});

// Inside the repository, so that what the bundle leaves out (tsx, for TSX designs) resolves.
const build = tempDir('kill-bin');
let bin = '';
beforeAll(async () => {
  bin = await bundle(join(ROOT, 'packages/cli/bin/linejsx.mjs'), build.path, ['tsx', 'esbuild', 'playwright-core']);
}, 60_000);

async function killedRun(signal: Signal, run: number, emu: Emulator, dir: string, next: () => number): Promise<Run> {
  const ids = Array.from({ length: RECIPIENTS }, (_, i) => emulatedId('U', `${signal}:${run}:${i}`));
  const file = `run-${run}.txt`;
  writeFileSync(join(dir, file), `${ids.join('\n')}\n`);
  const args = ['send', 'multicast', MESSAGES, '--to-file', file, '--json'];
  const env = { LINE_TOKEN: emu.token, LINE_API_BASE_URL: emu.url };
  const before = emu.requests().length;

  const child = spawn(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, died) => resolve({ code, signal: died })),
  );
  // Half the kills at a time from the start (starting, planning, sending), half once LINE has taken k requests.
  const byTime = next() < 0.5;
  const ms = Math.floor(next() * 800);
  const requests = 1 + Math.floor(next() * CHUNKS);
  const started = performance.now();
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    const due = byTime ? performance.now() - started >= ms : emu.requests().length - before >= requests;
    if (due) {
      child.kill(signal);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const end = await exited;

  // As a person would go on: a summary means it was done; else a journal is resumed; else the command runs again.
  let finish: Run['finish'] = 'done';
  if (!stdout.includes('"ok":true')) {
    const journal = readdirSync(dir).find((f) => f.endsWith('.journal'));
    let code = 2;
    if (journal !== undefined) {
      finish = 'resume';
      code = (await callCli(['send', 'multicast', '--resume', journal, '--json'], { cwd: dir, env })).code ?? 2;
    }
    // A journal whose plan never reached the disk sent nothing, and is refused by --resume (2): run the command again.
    if (code === 2) {
      finish = 'again';
      code = (await callCli(args, { cwd: dir, env })).code ?? -1;
    }
    expect(code, `${signal} run ${run}: finishing it`).toBe(0);
  }
  expect(readdirSync(dir).filter((f) => f.endsWith('.journal'))).toEqual([]);
  const counts = ids.map((id) => emu.inbox(id).length);
  // An exit code of a handled signal, death by an unhandled one (before the handlers were set), or done.
  expect([0, HANDLED[signal], null], `${signal} run ${run} ended with ${end.code}:\n${stderr}`).toContain(end.code);
  return {
    signal,
    run,
    point: byTime ? `${ms} ms` : `${requests} requests`,
    ended: end.code === null ? `died of ${end.signal}` : `exit ${end.code}`,
    finish,
    lost: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 2).length,
  };
}

describe('a multicast killed at a random point', () => {
  it(`loses nothing and sends nothing twice: ${RUNS} runs for each of ${SIGNALS.join(', ')} (seed ${SEED})`, async () => {
    const started = performance.now();
    const runs = await Promise.all(
      SIGNALS.map(async (signal, s) => {
        // One emulator per signal, so that the four series run side by side. Answers are held
        // 10 ms after LINE took a request, so that kills find requests taken but not answered.
        const emu = await startEmulator({ followers: 0 });
        emulators.push(emu);
        emu.fault({ path: 'multicast', delay: 10, when: 'after' });
        const dir = tempDir(`kill-${signal}`).path;
        const next = seededRandom(SEED + s);
        const results: Run[] = [];
        for (let run = 0; run < RUNS; run++) results.push(await killedRun(signal, run, emu, dir, next));
        return results;
      }),
    );
    const all = runs.flat();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const tally = SIGNALS.map((signal) => {
      const mine = all.filter((r) => r.signal === signal);
      const by = (finish: Run['finish']) => mine.filter((r) => r.finish === finish).length;
      return `${signal}: ${mine.length} runs (${by('resume')} resumed, ${by('again')} run again, ${by('done')} done before the kill), ${mine.reduce((n, r) => n + r.lost, 0)} lost, ${mine.reduce((n, r) => n + r.duplicated, 0)} duplicated`;
    });
    console.log(`kill test, seed ${SEED}, ${seconds} s\n  ${tally.join('\n  ')}`);
    expect(all.filter((r) => r.lost > 0 || r.duplicated > 0)).toEqual([]);
    expect(all).toHaveLength(RUNS * SIGNALS.length);
  }, 180_000);
});
