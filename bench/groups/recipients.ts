/**
 * Recipients: `linejsx send multicast --to-file` with 10,000,000 user IDs (issue 15), read line by
 * line and de-duplicated in buckets on disk, planned into a journal and sent from it. Target: peak
 * RSS under 200 MB, the same for 1,000,000 IDs as for 10,000,000 (flat), compared with the
 * command's own footprint for one ID, measured in the same run.
 */
import { fork } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUICK, runGroup } from '../lib/group.ts';
import { type Row, single } from '../lib/result.ts';
import { figure } from '../lib/table.ts';
import type { CliOutcome } from '../recipients/cli-client.ts';
import { bundle } from '../send/bundle.ts';

const MB = 1_000_000;
const MILLION = 1_000_000;
const TARGET = 200 * MB;
const MESSAGES = fileURLToPath(new URL('../../test/cli/fixtures/messages.json', import.meta.url));
// Inside the repository, so that what the bundle leaves out (tsx, for TSX designs) still resolves.
const BUILD = fileURLToPath(new URL('../../node_modules/.cache/linejsx-bench/', import.meta.url));

/** `n` distinct user IDs, one a line, and the first 1% of them again at the end. */
function idsFile(dir: string, n: number): string {
  const file = join(dir, `ids-${n}.txt`);
  const fd = openSync(file, 'w');
  const write = (from: number, to: number) => {
    for (let i = from; i < to; i += 100_000) {
      const lines: string[] = [];
      for (let j = i; j < Math.min(i + 100_000, to); j++) lines.push(`U${j.toString(16).padStart(32, '0')}`);
      writeSync(fd, `${lines.join('\n')}\n`);
    }
  };
  write(0, n);
  write(0, n / 100);
  closeSync(fd);
  return file;
}

function run(script: string, args: readonly string[], env: Record<string, string>, cwd: string): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [...args], {
      execArgv: [],
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (outcome) => resolve(outcome as CliOutcome));
    child.once('exit', (code) => reject(new Error(`linejsx exited (${code}) without an outcome`)));
  });
}

await runGroup(async () => {
  const work = mkdtempSync(join(tmpdir(), 'linejsx-bench-recipients-'));
  mkdirSync(BUILD, { recursive: true });
  // What LINE answers to a multicast, with no work behind it: the command's figures alone.
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': 'bench' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const env = { LINE_TOKEN: 'bench-token', LINE_API_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  try {
    const script = await bundle(fileURLToPath(new URL('../recipients/cli-client.ts', import.meta.url)), BUILD, [
      'tsx',
      'esbuild',
      'playwright-core',
    ]);
    const sizes = QUICK ? [MILLION] : [MILLION, 10 * MILLION];
    const one = await run(script, ['send', 'multicast', MESSAGES, '--to', `U${'0'.repeat(32)}`, '--dry-run'], env, work);
    const rows: Row[] = [
      {
        name: 'send multicast --dry-run, one ID (the floor)',
        input: '1 ID',
        values: [single(one.wallMs / 1000), single(one.peakRss / MB), undefined],
      },
    ];
    for (const n of sizes) {
      const file = idsFile(work, n);
      for (const dryRun of [true, false]) {
        const before = requests;
        const outcome = await run(script, ['send', 'multicast', MESSAGES, '--to-file', file, ...(dryRun ? ['--dry-run'] : [])], env, work);
        if (outcome.code !== 0) throw new Error(`send multicast of ${n} IDs exited ${outcome.code}`);
        if (!dryRun && requests - before !== n / 500) throw new Error(`${requests - before} requests for ${n} IDs`);
        rows.push({
          name: dryRun
            ? 'send multicast --dry-run: read, check, de-duplicate, plan'
            : 'send multicast: the same, with the journal, and sent',
          input: `${figure(n)} IDs (+1% repeated)`,
          values: [single(outcome.wallMs / 1000), single(outcome.peakRss / MB), single((outcome.peakRss - one.peakRss) / MB)],
          targets: [{ text: 'peak RSS < 200 MB', met: outcome.peakRss < TARGET }],
        });
      }
      rmSync(file);
    }
    return {
      group: 'recipients',
      sections: [
        {
          title: 'Recipients: send multicast --to-file',
          columns: [{ title: 'wall s' }, { title: 'peak RSS MB' }, { title: 'over the floor MB' }],
          rows,
          notes: [
            "Each run is `linejsx send multicast test/cli/fixtures/messages.json --to-file FILE` in a fresh process of plain JavaScript (the command bundled by esbuild, as it runs from its built package): peak RSS (`maxRSS`, MB = 10⁶ bytes) is that process's. The floor is the same command with one ID.",
            'The file has N distinct user IDs and the first 1% of them again. The command reads it line by line, checks every ID, spreads the IDs over 256 buckets (in memory up to 100,000, then in temporary files), de-duplicates each bucket on its own, and writes the plan (every request with its retry key) to the journal before the first request; then it sends the requests from the journal, reading it back line by line.',
            `The sends go to a bare \`node:http\` server in the benchmark process that answers 200 at once; the command keeps to LINE's multicast limit (200 requests/s, less its 10% margin), which sets the wall time of the sends: ${figure(MILLION / 500)} requests for a million IDs.`,
          ],
        },
      ],
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  }
});
