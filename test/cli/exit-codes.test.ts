/**
 * Every mistake of input or usage ends with its exit code and a message, never with 70 and a
 * stack trace: each case here was one of those (`--retry-key nope`, a circular prop in preview,
 * `doctor` and `richmenu deploy` against an API answering `200 {}`, 800 nested boxes, an empty
 * recipients file, a token with a line break after five tries…). The codes checked are the rows
 * of the exit-code table in packages/cli/README.md, and that table is what `EXIT` says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../packages/cli/src/exit.ts';
import { type CliRun, callCli, jsonOutput, ROOT, runCli } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';
import { freePort } from '../support/redis.ts';
import { tempDir } from '../support/temp.ts';

const TOKEN = 'exit+codes+TOKEN/0123456789abcdef0123456789abcdef==';
const setup = useEmulator({ tokens: [TOKEN], followers: 10, narrowcastStep: 60_000 });
const env = () => ({ LINE_TOKEN: TOKEN, LINE_API_BASE_URL: setup.emu.url });
const CARD = ['test/cli/fixtures/cards.tsx', '--export', 'Card'];
const MESSAGES = 'test/cli/fixtures/messages.json';

const dir = tempDir('exit-codes');
const file = (name: string, content: string) => {
  writeFileSync(join(dir.path, name), content);
  return join(dir.relative, name);
};

/** A flex message with `n` boxes inside each other. */
function nestedBoxes(n: number): string {
  let box: unknown = { type: 'text', text: 'x' };
  for (let i = 0; i < n; i++) box = { type: 'box', layout: 'vertical', contents: [box] };
  return JSON.stringify({ type: 'flex', altText: 'deep', contents: { type: 'bubble', body: box } });
}

// An API that answers every request with 200 and `{}`: a stub, a proxy, the wrong host.
let stub: Server;
let stubUrl = '';
beforeAll(async () => {
  stub = createServer((req, res) => req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}')));
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => stub.close(() => resolve())));

/** The codes of the README's table, with their meanings. */
const TABLE = new Map(
  readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8')
    .split('\n## Exit codes\n')[1]!
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const [, code, meaning] = line.split('|').map((cell) => cell.trim());
      return [Number(code), meaning!] as const;
    }),
);

const checked = new Set<number>();

/** A run that ended with `code`, a message, and no stack trace. */
function expectExit(run: CliRun, code: number, message: RegExp | string): void {
  expect(TABLE.has(code), `exit code ${code} is not in the README's table`).toBe(true);
  checked.add(code);
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code, stderr: expect.stringMatching(message) });
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toContain('this is a bug in linejsx');
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
}

describe('every mistake has its exit code and a message, and no stack trace', () => {
  it('--retry-key that is not a UUID: 2, before anything is sent, without echoing it', async () => {
    const run = await callCli(['send', 'push', ...CARD, '--to', setup.emu.followers[0]!, '--retry-key', 'nope'], { env: env() });
    expectExit(run, 2, /--retry-key must be a UUID such as 123e4567-e89b-12d3-a456-426614174000/);
    expect(run.stderr).not.toContain('nope');
    expect(setup.emu.requests()).toEqual([]);
  });

  it('preview of a component with a circular prop: 1, and the page is written with the problem marked', async () => {
    const design = file(
      'circular.tsx',
      `import { Text } from '@linejsx/jsx';
const data: Record<string, unknown> = { name: 'loop' };
data.self = data;
export default function Card({ data }: { data: unknown }) {
  return <Text data-x={data}>Hi</Text>;
}
Card.sample = { data };
`,
    );
    const out = join(dir.relative, 'circular.html');
    const run = await callCli(['preview', design, '--out', out]);
    expectExit(run, 1, /messages\[0\]\.data-x\.self: this value contains itself \(a circular reference\)/);
    expect(readFileSync(join(ROOT, out), 'utf8')).toContain('<!doctype html>');
  });

  it('800 nested boxes: 1 for validate, render, preview, send and import, with the path', async () => {
    const deep = file('deep.json', nestedBoxes(800));
    for (const args of [
      ['validate', deep],
      ['render', deep],
      ['preview', deep, '--out', join(dir.relative, 'deep.html')],
      ['send', 'push', deep, '--to', setup.emu.followers[0]!],
      ['import', deep],
    ]) {
      const run = await callCli(args, { env: env() });
      expectExit(run, 1, /contents\.body(\.contents(\[0\])?)+: nested deeper than 100 levels of objects and arrays/);
    }
    // Arrays 200,000 deep, which even JSON.stringify can not walk.
    const deeper = file('deeper.json', `{"type":"text","text":"x","quickReply":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    for (const args of [
      ['validate', deeper],
      ['preview', deeper, '--out', join(dir.relative, 'deeper.html')],
      ['import', deeper],
    ]) {
      expectExit(await callCli(args), 1, /quickReply(\[0\])+: nested deeper than 100 levels/);
    }
    expect(setup.emu.requests()).toEqual([]);
  });

  it("doctor and richmenu deploy against an API that answers 200 {}: 4, saying the answer is not LINE's and what it lacks", async () => {
    const stubEnv = { LINE_TOKEN: TOKEN, LINE_API_BASE_URL: stubUrl };
    const doctor = await callCli(['doctor'], { env: stubEnv });
    expectExit(
      doctor,
      4,
      /GET \/v2\/bot\/info was not answered by LINE: the answer was 200 application\/json without userId, basicId, displayName/,
    );
    expect(doctor.stderr).toContain(`${stubUrl} is not LINE's API`);
    const deploy = await callCli(['richmenu', 'deploy', 'examples/rich-menu/main-menu.tsx'], { env: stubEnv });
    expectExit(
      deploy,
      4,
      /GET \/v2\/bot\/richmenu\/list was not answered by LINE: the answer was 200 application\/json without richmenus[\s\S]*is not LINE's API/,
    );
  });

  it('a recipients file with no ID in it: 1, instead of "✓ recipients 0"', async () => {
    const empty = file('empty.txt', '');
    const comments = file('comments.txt', '# followers exported 2026-01-31\n\n# (none)\n');
    for (const ids of [empty, comments]) {
      const run = await callCli(['send', 'multicast', MESSAGES, '--to-file', ids], { env: env() });
      expectExit(run, 1, new RegExp(`no recipients: ${ids.replace(/\./g, '\\.')} has no user ID`));
      expectExit(await callCli(['send', 'multicast', MESSAGES, '--to-file', ids, '--dry-run']), 1, /no recipients/);
    }
    expect(setup.emu.requests()).toEqual([]);
  });

  it('a token with a line break: 2 at once, not a network failure after five tries', async () => {
    const run = await runCli(['send', 'push', MESSAGES, '--to', setup.emu.followers[0]!], {
      env: { LINE_TOKEN: `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`, LINE_API_BASE_URL: setup.emu.url },
    });
    expectExit(run, 2, /LINE_TOKEN: the channel access token has a line break \(U\+000A\) at character 21 of \d+/);
    expect(setup.emu.requests()).toEqual([]);
  });

  it('plain http to another machine: 2, unless --allow-insecure; user info of --base-url is never printed', async () => {
    const insecure = await callCli(
      ['send', 'push', MESSAGES, '--to', setup.emu.followers[0]!, '--base-url', 'http://bot:hunter2@10.255.255.1'],
      {
        env: { LINE_TOKEN: TOKEN },
      },
    );
    expectExit(insecure, 2, /--base-url http:\/\/\*\*\*@10\.255\.255\.1 is plain http to another machine[\s\S]*with --allow-insecure/);
    expect(insecure.stderr).not.toContain('hunter2');
    // Nothing listens on port 9 here: the connection is refused, and the message names the address without its password.
    const refused = await callCli(
      ['send', 'push', MESSAGES, '--to', setup.emu.followers[0]!, '--base-url', 'http://bot:hunter2@127.0.0.1:9', '--retries', '0'],
      { env: { LINE_TOKEN: TOKEN } },
    );
    expectExit(refused, 4, /could not connect to http:\/\/\*\*\*@127\.0\.0\.1:9/);
    expect(refused.stderr + refused.stdout).not.toContain('hunter2');
  });

  it('narrowcast --wait that LINE does not finish within --wait-timeout: 4, with how far it got', async () => {
    const run = await callCli(['send', 'narrowcast', MESSAGES, '--wait', '--wait-timeout', '1', '--json'], { env: env() });
    expectExit(run, 4, /the narrowcast [\w-]+ was still waiting after 1 s of waiting; LINE goes on with it/);
    expect(jsonOutput(run)).toMatchObject({ ok: false, narrowcast: { phase: 'waiting' } });
    expectExit(
      await callCli(['send', 'narrowcast', MESSAGES, '--wait', '--wait-timeout', 'soon']),
      2,
      /--wait-timeout is a length of time/,
    );
  });

  it('the usage mistakes of every day: 2', async () => {
    expectExit(await callCli(['send', 'shout', MESSAGES]), 2, /"shout" is not a kind of send/);
    expectExit(await callCli(['render']), 2, /which file\?/);
    expectExit(await callCli(['render', 'nope.tsx']), 2, /nope\.tsx: no such file/);
    expectExit(await callCli(['validate', MESSAGES, '--nope']), 2, /unknown option --nope/);
    expectExit(await callCli(['send', 'push', MESSAGES, '--to', setup.emu.followers[0]!]), 2, /no channel access token/);
  });

  it('LINE refusing, and LINE out of reach: 3 and 4', async () => {
    const refused = await callCli(['send', 'push', MESSAGES, '--to', setup.emu.followers[0]!], {
      env: { LINE_TOKEN: 'not-the-token', LINE_API_BASE_URL: setup.emu.url },
    });
    expectExit(refused, 3, /the channel access token was refused/);
  });

  it('Redis out of reach for a campaign: 6', async () => {
    const port = await freePort();
    const audience = file('audience.txt', `${setup.emu.followers[0]}\n`);
    const run = await callCli(['campaign', 'start', 'test/campaign/fixtures/points.tsx', '--audience', audience], {
      env: { REDIS_URL: `redis://127.0.0.1:${port}`, LINE_TOKEN: setup.emu.token, LINE_API_BASE_URL: setup.emu.url },
    });
    expectExit(run, 6, /Redis at redis:\/\/127\.0\.0\.1:\d+ could not be reached/);
  });

  it('a file that does not load: 5', async () => {
    const broken = file('broken.tsx', 'export default <Text>unclosed\n');
    expectExit(await callCli(['render', broken]), 5, /could not be loaded/);
  });
});

describe("the README's exit-code table", () => {
  it('is what EXIT says, code for code', () => {
    expect([...TABLE.keys()].sort((a, b) => a - b)).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it('has every code but 0, 70 and the signals checked above (the signals by test/cli/kill.test.ts)', () => {
    const elsewhere = [EXIT.ok, EXIT.internal, EXIT.hangup, EXIT.interrupted, EXIT.terminated];
    expect([...TABLE.keys()].filter((code) => !checked.has(code) && !elsewhere.includes(code as never))).toEqual([]);
  });
});
