/**
 * Startup of the `linejsx` command as users run it (the compiled bin, dist/): `--version` and
 * `--help`, against a bare `node -e 0` measured in the same rounds. Target (issue 13): under
 * 300 ms each. The CLI is built first (`tsc -b`, incremental).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { QUICK, runGroup } from '../lib/group.ts';
import type { Row } from '../lib/result.ts';
import { type Spread, spread } from '../lib/stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../packages/cli/bin/linejsx.mjs', import.meta.url));
const TARGET_MS = 300;

const RUNS = {
  'node -e 0': ['-e', '0'],
  'linejsx --version': [BIN, '--version'],
  'linejsx --help': [BIN, '--help'],
} as const;
type RunName = keyof typeof RUNS;

/** Wall time of one start to exit, in ms; a run that fails is an error, not a figure. */
function time(args: readonly string[]): number {
  const start = performance.now();
  // The process.env of `pnpm bench` has no --conditions: the bin loads dist/, as it does for users.
  const ran = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const ms = performance.now() - start;
  if (ran.status !== 0) throw new Error(`node ${args.join(' ')} exited ${ran.status}: ${ran.stderr}`);
  return ms;
}

await runGroup(async () => {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-b', 'packages/cli'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const names = Object.keys(RUNS) as RunName[];
  const rounds = QUICK ? 3 : 20;
  const samples = new Map<RunName, number[]>(names.map((name) => [name, []]));
  for (const name of names) time(RUNS[name]); // warm the file cache
  for (let round = 0; round < rounds; round++) {
    // The order rotates, so that a burst of load from another process lands on each in turn.
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      samples.get(name)!.push(time(RUNS[name]));
    }
  }
  const floor = spread(samples.get('node -e 0')!);
  const ratio = (s: Spread): Spread => ({
    median: s.median / floor.median,
    p25: s.p25 / floor.median,
    p75: s.p75 / floor.median,
    samples: s.samples,
  });
  const rows: Row[] = names.map((name) => {
    const ms = spread(samples.get(name)!);
    const bare = name === 'node -e 0';
    return {
      name,
      input: bare ? 'the floor' : 'compiled bin (dist/)',
      values: [ms, bare ? undefined : ratio(ms)],
      ...(bare ? {} : { targets: [{ text: `< ${TARGET_MS} ms`, met: ms.median < TARGET_MS }] }),
    };
  });
  return {
    group: 'startup',
    sections: [
      {
        title: 'Command startup',
        columns: [{ title: 'ms' }, { title: '× node -e 0' }],
        rows,
        notes: [
          `Wall time from spawning \`node\` to its exit, median (p25–p75) of ${rounds} rounds, the three commands in a rotating order in each round, after one warm-up run of each.`,
          '`linejsx` is the compiled bin of `@linejsx/cli` as an installed package runs it: `--version` and `--help` load the command list and nothing else (each command module, the client, the schemas and tsx load only when a command runs). `node -e 0` is the floor: starting Node itself.',
        ],
      },
    ],
  };
});
