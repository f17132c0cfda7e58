/**
 * The journal of `send multicast`: the plan with every retry key is on disk before the first
 * request, each outcome is appended as it comes, `--resume` finishes it under the same keys, the
 * same command run again while it is there is refused (`--force` starts over), and recipients are
 * read line by line: 150,000 of them crashed the command before anything was sent.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatedId } from '@linejsx/emulator';
import { describe, expect, it } from 'vitest';
import { callCli, jsonOutput } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';
import { tempDir } from '../support/temp.ts';

const TOKEN = 'journal+TOKEN/0123456789abcdef0123456789abcdef==';
const setup = useEmulator({ tokens: [TOKEN], followers: 0 });
const dir = tempDir('journal');
const env = () => ({ LINE_TOKEN: TOKEN, LINE_API_BASE_URL: setup.emu.url });
const MESSAGES = `${process.cwd()}/test/cli/fixtures/messages.json`;
const options = () => ({ env: env(), cwd: dir.path });

/** `n` user IDs of their own for a test, in a file of the test's folder; returns the IDs and the file name. */
function recipients(name: string, n: number, extra = ''): { ids: string[]; file: string } {
  const ids = Array.from({ length: n }, (_, i) => emulatedId('U', `${name}:${i}`));
  writeFileSync(join(dir.path, name), `${ids.join('\n')}\n${extra}`);
  return { ids, file: name };
}

const journals = () => readdirSync(dir.path).filter((f) => f.endsWith('.journal'));
const lines = (file: string) =>
  readFileSync(join(dir.path, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Each got the two messages of messages.json once. */
function expectOnce(ids: readonly string[]): void {
  expect(ids.map((id) => setup.emu.inbox(id).length).filter((n) => n !== 2)).toEqual([]);
}

describe('the journal of send multicast', () => {
  it('holds the whole plan, synced, before the first request; each outcome as it comes; it goes when all is sent', async () => {
    const { ids, file } = recipients('plan.txt', 1200);
    // The first request is held: what is on disk then is what a power cut would leave.
    setup.emu.fault({ path: 'multicast', delay: 300, times: 1 });
    const running = callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--json'], options());
    while (setup.emu.requests().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const [journal] = journals();
    expect(journal).toMatch(/^linejsx-multicast-[0-9a-f]{12}\.journal$/);
    const written = lines(journal!);
    expect(written[0]).toMatchObject({
      journal: 'linejsx-multicast',
      version: 1,
      request: { messages: [{ type: 'text' }, { type: 'sticker' }] },
    });
    const chunks = written.filter((line) => 'chunk' in line);
    expect(chunks.map((c) => (c.to as string[]).length)).toEqual([500, 500, 200]);
    expect(new Set(chunks.flatMap((c) => c.to as string[]))).toEqual(new Set(ids));
    expect(written[4]).toMatchObject({ planned: { chunks: 3, recipients: 1200, duplicates: 0 } });
    expect(JSON.stringify(written)).not.toContain(TOKEN);
    // The keys on the wire are the journal's.
    const keys = chunks.map((c) => c.retryKey);
    const run = await running;
    expect(run.code).toBe(0);
    expect(
      setup.emu
        .requests()
        .map((r) => r.retryKey)
        .sort(),
    ).toEqual([...keys].sort());
    expect(jsonOutput(run)).toMatchObject({ ok: true, recipients: 1200, sent: 1200, requests: 3 });
    expect(journals()).toEqual([]);
    expectOnce(ids);
  });

  it('keeps what failed; the same command again is refused and points at --resume, which sends it once', async () => {
    const { ids, file } = recipients('fail.txt', 1000);
    // Both requests are taken by LINE and both answers lost, after every retry.
    setup.emu.fault({ path: 'multicast', status: 500, when: 'after' });
    const failed = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--retries', '1'], options());
    expect(failed.code).toBe(3);
    const [journal] = journals();
    expect(failed.stderr).toContain(`1,000 of 1,000 recipients were not reached. The journal ${journal} keeps them`);
    expect(failed.stderr).toContain(`linejsx send multicast --resume ${journal}`);
    expect(lines(journal!).filter((line) => 'failed' in line)).toEqual([
      expect.objectContaining({ n: 500, code: 'server_error' }),
      expect.objectContaining({ n: 500, code: 'server_error' }),
    ]);
    setup.emu.clearFaults();

    const again = await callCli(['send', 'multicast', MESSAGES, '--to-file', file], options());
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`the journal of this multicast is still there (${journal}): 2 of its 2 requests may not have been sent`);
    expect(again.stderr).toContain(`linejsx send multicast --resume ${journal}`);
    expect(again.stderr).toContain('--force');

    const resumed = await callCli(['send', 'multicast', '--resume', journal!, '--json'], options());
    expect(resumed.code).toBe(0);
    expect(jsonOutput(resumed)).toMatchObject({ ok: true, recipients: 1000, sent: 1000, failed: 0 });
    expect(
      setup.emu
        .requests()
        .slice(-2)
        .map((r) => r.status),
    ).toEqual([409, 409]);
    expect(journals()).toEqual([]);
    expectOnce(ids);
  });

  it('--force starts over (its recipients get the messages again, as it says); --journal puts the journal elsewhere', async () => {
    const { ids, file } = recipients('force.txt', 10);
    setup.emu.fault({ path: 'multicast', status: 500, when: 'after', times: 1 });
    expect(
      (await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--retries', '0', '--journal', 'mine.journal'], options())).code,
    ).toBe(3);
    expect(journals()).toEqual(['mine.journal']);
    const refused = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--journal', 'mine.journal'], options());
    expect(refused.stderr).toContain('linejsx send multicast --resume mine.journal');
    const forced = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--journal', 'mine.journal', '--force'], options());
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('--force: starting over; mine.journal is replaced, and recipients it reached get the messages again');
    expect(ids.map((id) => setup.emu.inbox(id).length)).toEqual(Array(10).fill(4));
  });

  it('a journal whose plan never reached its end sent nothing: the command replaces it, --resume says so', async () => {
    const { ids, file } = recipients('torn.txt', 10);
    // What a kill while reading the recipients leaves: the first line, and a chunk line cut short.
    const name = 'torn.journal';
    writeFileSync(
      join(dir.path, name),
      `${JSON.stringify({ journal: 'linejsx-multicast', version: 1, command: 'x', createdAt: new Date().toISOString(), request: { messages: [{ type: 'text', text: 'hi' }] } })}\n{"chunk":0,"retryKey":"0c2b4a26-1d7e-4e0b-9a53`,
    );
    const resume = await callCli(['send', 'multicast', '--resume', name], options());
    expect(resume.code).toBe(2);
    expect(resume.stderr).toContain('its plan was never completed, so nothing was sent from it; run the multicast again');
    const run = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--journal', name], options());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('torn.journal was never completed, so nothing was sent from it: it is replaced');
    expectOnce(ids);
  });

  it('refuses a file that is not a journal (exit 1), one in the way (exit 2), and keys older than 24 hours without --ignore-age', async () => {
    writeFileSync(join(dir.path, 'notes.journal'), 'shopping list\n');
    expect((await callCli(['send', 'multicast', '--resume', 'notes.journal'], options())).stderr).toContain(
      'is not a journal of linejsx send multicast',
    );
    const { file } = recipients('old.txt', 3);
    const inTheWay = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--journal', 'notes.journal'], options());
    expect(inTheWay.code).toBe(2);
    expect(inTheWay.stderr).toContain('notes.journal is in the way and is not a journal of linejsx send multicast');

    setup.emu.fault({ path: 'multicast', status: 500, when: 'before', times: 1 });
    await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--retries', '0', '--journal', 'old.journal'], options());
    const path = join(dir.path, 'old.journal');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/"at":"[^"]+"/, `"at":"${new Date(Date.now() - 25 * 3_600_000).toISOString()}"`),
    );
    const old = await callCli(['send', 'multicast', '--resume', 'old.journal'], options());
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('first sent 25 hours ago, and LINE forgets retry keys after 24 hours');
    expect((await callCli(['send', 'multicast', '--resume', 'old.journal', '--ignore-age'], options())).code).toBe(0);
    expect(existsSync(path)).toBe(false);
    rmSync(join(dir.path, 'notes.journal'));
  });
});

describe('stopped while it reads the recipients', () => {
  it('sends nothing, leaves no journal, and says so: not ok, exit 129 for SIGHUP', async () => {
    const { file } = recipients('stopped.txt', 300_000);
    const running = callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--json'], options());
    // Once the command listens, its listeners are called as the signal would call them.
    const listening = process.listenerCount('SIGHUP');
    while (process.listenerCount('SIGHUP') === listening) await new Promise((resolve) => setTimeout(resolve, 1));
    process.emit('SIGHUP');
    const run = await running;
    expect(run.code).toBe(129);
    expect(jsonOutput(run)).toMatchObject({ ok: false, sent: 0 });
    expect(run.stderr).toContain('stopped while reading the recipients: nothing was sent');
    expect(journals()).toEqual([]);
    expect(setup.emu.requests()).toEqual([]);
  });
});

describe('recipients read line by line', () => {
  it('150,000 from a file, with duplicates and comments, sent once each (it crashed with a RangeError)', async () => {
    const { ids, file } = recipients('many.txt', 150_000);
    writeFileSync(join(dir.path, file), `# export\n${ids.join('\r\n')}\n${ids.slice(0, 1000).join('\n')}\n`);
    const dry = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--dry-run', '--json'], options());
    expect(dry.code).toBe(0);
    expect(jsonOutput(dry)).toMatchObject({ recipients: 150_000, requests: 300 });
    const run = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--json'], options());
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({ ok: true, recipients: 150_000, sent: 150_000, requests: 300 });
    expect(run.stderr).toContain('1,000 recipient IDs were given more than once; each is sent to once');
    expect(setup.emu.received().size).toBe(150_000);
    expectOnce([ids[0]!, ids[74_999]!, ids[149_999]!]);
  }, 60_000);

  it('past the IDs kept in memory, in buckets on disk: 450,000 counted exactly, duplicates across the whole file found', async () => {
    const { ids, file } = recipients('spill.txt', 450_000);
    writeFileSync(join(dir.path, file), `${ids.join('\n')}\n${ids[0]}\n${ids[449_999]}\n`, { flag: 'w' });
    const dry = await callCli(['send', 'multicast', MESSAGES, '--to-file', file, '--dry-run', '--json'], options());
    expect(jsonOutput(dry)).toMatchObject({ recipients: 450_000, requests: 900 });
    expect(dry.stderr).toContain('2 recipient IDs were given more than once');
  }, 60_000);

  it('reports the first hundred malformed IDs with file and line, and how many more; a line without end costs nothing', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => (i % 2 ? emulatedId('U', `bad:${i}`) : `U${i}`));
    writeFileSync(join(dir.path, 'bad.txt'), `${lines.join('\n')}\n${'x'.repeat(5_000_000)}`);
    const run = await callCli(['send', 'multicast', MESSAGES, '--to-file', 'bad.txt'], options());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.txt:1: "U0" is not a user ID');
    expect(run.stderr).toContain('and 26 more IDs that are not user IDs');
    expect(run.stderr).not.toContain('bad.txt:203:');
    expect(journals()).toEqual([]);
    expect(setup.emu.requests()).toEqual([]);
  });
});
