/**
 * `linejsx send` and `validate --remote` against the emulator over real sockets: what arrives, the
 * summary, exit codes, the token never in any output, the progress bar only on a terminal, and a
 * multicast whose answers were lost sent again exactly once with --resume.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, callCli, jsonOutput, ROOT, runCli } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';

// A token that looks like one; it must never be printed, whatever happens.
const TOKEN = 'sEcReT+tOkEn/QmFzZTY0TG9va2luZ1Rva2VuVGhhdE11c3ROZXZlckFwcGVhcg==';
const setup = useEmulator({ tokens: [TOKEN], followers: 1200 });
const CARD = ['test/cli/fixtures/cards.tsx', '--export', 'Card'];
const MESSAGES_JSON = 'test/cli/fixtures/messages.json';
const TMP = join(ROOT, 'test/.tmp/cli-send');
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** The environment of a channel whose token is TOKEN, pointed at the emulator. */
const env = () => ({ LINE_TOKEN: TOKEN, LINE_API_BASE_URL: setup.emu.url });

function expectNoToken(...runs: CliRun[]): void {
  for (const run of runs) {
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toContain('QmFzZTY0TG9va2luZ1Rva2Vu');
  }
}

function idsFile(name: string, ids: readonly string[], extra = ''): string {
  writeFileSync(join(TMP, name), `# followers\n${ids.join('\n')}\n${extra}`);
  return `test/.tmp/cli-send/${name}`;
}

describe('linejsx send', () => {
  it('pushes a design with the token from LINE_TOKEN and prints the summary as JSON', async () => {
    const [user] = setup.emu.followers;
    const run = await runCli(['send', 'push', ...CARD, '--to', user!, '--json'], { env: env() });
    expect(run.code).toBe(0);
    const summary = jsonOutput(run);
    expect(summary).toMatchObject({
      ok: true,
      kind: 'push',
      messages: 1,
      recipients: 1,
      requests: 1,
      retryKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(setup.emu.inbox(user!)).toEqual([
      expect.objectContaining({ via: 'push', message: expect.objectContaining({ altText: 'Welcome, Cony!' }) }),
    ]);
    expectNoToken(run);
  });

  it('multicasts to every ID of a file in requests of 500, with no progress bar when stderr is not a terminal', async () => {
    const followers = setup.emu.followers;
    const file = idsFile('followers.txt', followers, `${followers[0]}\n`); // one ID twice: sent once
    const run = await runCli(['send', 'multicast', 'test/cli/fixtures/messages.json', '--to-file', file], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/recipients\s+1,200/);
    expect(run.stdout).toMatch(/requests\s+3\b/);
    expect(run.stderr).toContain('1 recipient IDs were given more than once; each is sent to once');
    expect(run.stderr).not.toMatch(/[\r\u001b]/);
    expect(setup.emu.received().size).toBe(1200);
    for (const id of [followers[0]!, followers[1199]!]) expect(setup.emu.inbox(id).map((m) => m.message.type)).toEqual(['text', 'sticker']);
    expectNoToken(run);
  });

  it('draws the progress bar on a terminal', async () => {
    const run = await callCli(
      ['send', 'multicast', 'test/cli/fixtures/messages.json', '--to', setup.emu.followers.slice(0, 600).join(',')],
      { env: env(), stderrIsTTY: true },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('\r');
    expect(run.stderr).toMatch(/multicast .*100% 600\/600 recipients · 2\/2 requests/);
  });

  it('sends a multicast whose answers were lost exactly once: the unsent requests are saved, and --resume repeats them under their retry keys', async () => {
    const ids = setup.emu.followers.slice(0, 10);
    // Every attempt is delivered, and every answer replaced by a 500: the client gives up after its retry.
    setup.emu.fault({ path: 'multicast', status: 500, when: 'after', times: 2 });
    const resumeFile = 'test/.tmp/cli-send/multicast.journal';
    const failed = await runCli(['send', 'multicast', ...CARD, '--to', ids.join(','), '--journal', resumeFile, '--retries', '1'], {
      env: env(),
    });
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('10 of 10 recipients were not reached');
    expect(failed.stderr).toContain(`linejsx send multicast --resume ${resumeFile}`);
    expect(existsSync(join(ROOT, resumeFile))).toBe(true);
    expect(readFileSync(join(ROOT, resumeFile), 'utf8')).not.toContain(TOKEN);
    // LINE did take the first attempt:
    for (const id of ids) expect(setup.emu.inbox(id)).toHaveLength(1);

    const resumed = await runCli(['send', 'multicast', '--resume', resumeFile, '--json'], { env: env() });
    expect(resumed.code).toBe(0);
    expect(jsonOutput(resumed)).toMatchObject({ ok: true, recipients: 10, sent: 10, failed: 0 });
    for (const id of ids) expect(setup.emu.inbox(id)).toHaveLength(1); // 409: already sent, not sent again
    expect(setup.emu.requests().at(-1)?.status).toBe(409);
    expect(existsSync(join(ROOT, resumeFile))).toBe(false);
    expectNoToken(failed, resumed);
  });

  it('counts a request whose connection dropped in the summary, with its retry', async () => {
    // The first request is taken by LINE and its connection dropped: the retry gets 409.
    setup.emu.fault({ path: 'multicast', drop: true, when: 'after', times: 1 });
    const run = await callCli(['send', 'multicast', MESSAGES_JSON, '--to', setup.emu.followers.slice(0, 600).join(','), '--json'], {
      env: env(),
    });
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({ ok: true, recipients: 600, sent: 600, requests: 3, retries: 1 });
    expect(
      setup.emu
        .requests()
        .map((r) => r.status)
        .sort(),
    ).toEqual([200, 409, 'dropped'].sort());
  });

  it('replies, broadcasts and narrowcasts, waiting for the narrowcast to finish', async () => {
    const [user] = setup.emu.followers;
    const reply = await callCli(['send', 'reply', ...CARD, '--reply-token', setup.emu.replyToken(user!)], { env: env() });
    expect(reply.code).toBe(0);
    const broadcast = await callCli(['send', 'broadcast', 'test/cli/fixtures/messages.json', '--json'], { env: env() });
    expect(jsonOutput(broadcast)).toMatchObject({ ok: true, kind: 'broadcast', messages: 2, recipients: 'all friends' });
    const narrowcast = await callCli(['send', 'narrowcast', ...CARD, '--max', '50', '--wait', '--json'], { env: env() });
    expect(jsonOutput(narrowcast)).toMatchObject({ ok: true, narrowcast: { phase: 'succeeded', successCount: 50 } });
    expect(setup.emu.inbox(user!).map((m) => m.via)).toEqual(['reply', 'broadcast', 'broadcast', 'narrowcast']);
  });

  it('plans without sending with --dry-run, and needs no token for it', async () => {
    const file = idsFile('dry.txt', setup.emu.followers);
    const run = await callCli(['send', 'multicast', ...CARD, '--to-file', file, '--dry-run', '--json']);
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({
      ok: true,
      dryRun: true,
      recipients: 1200,
      requests: 3,
      what: expect.stringContaining('a flex message'),
    });
    expect(setup.emu.requests()).toHaveLength(0);
  });

  it('sends nothing invalid: a broken design, a malformed ID (with its file and line), a rich menu (exit 1 or 2)', async () => {
    const broken = await callCli(['send', 'push', 'test/cli/fixtures/cards.tsx', '--export', 'TooLong', '--to', setup.emu.followers[0]!], {
      env: env(),
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('label is 41 characters');
    const file = idsFile('bad.txt', setup.emu.followers.slice(0, 2), 'U123\n');
    const badId = await callCli(['send', 'multicast', ...CARD, '--to-file', file], { env: env() });
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain('test/.tmp/cli-send/bad.txt:4: "U123" is not a user ID');
    const menu = await callCli(['send', 'broadcast', 'examples/rich-menu/main-menu.tsx'], { env: env() });
    expect(menu.code).toBe(2);
    expect(menu.stderr).toContain('rich menus are deployed, not sent');
    expect(setup.emu.requests()).toHaveLength(0);
  });

  it('says how to give a token, and what a refused one means, without ever printing it (exit 2, then 3)', async () => {
    const none = await callCli(['send', 'push', ...CARD, '--to', setup.emu.followers[0]!], { env: { LINE_API_BASE_URL: setup.emu.url } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no channel access token: set LINE_TOKEN, or pass --token-file FILE');
    const wrong = `${TOKEN.slice(0, -4)}AAA=`;
    const refused = await runCli(['send', 'push', ...CARD, '--to', setup.emu.followers[0]!, '--json'], {
      env: { LINE_TOKEN: wrong, LINE_API_BASE_URL: setup.emu.url },
    });
    expect(refused.code).toBe(3);
    expect(jsonOutput(refused)).toMatchObject({ ok: false, error: { name: 'LineApiError', code: 'unauthorized', status: 401 } });
    expect(refused.stderr).toContain('the channel access token was refused');
    expect(refused.stdout + refused.stderr).not.toContain(wrong);
    expectNoToken(refused);
  });

  it('reads the token from --token-file', async () => {
    writeFileSync(join(TMP, 'token'), `${TOKEN}\n`);
    const run = await callCli([
      'send',
      'push',
      ...CARD,
      '--to',
      setup.emu.followers[0]!,
      '--token-file',
      'test/.tmp/cli-send/token',
      '--base-url',
      setup.emu.url,
    ]);
    expect(run.code).toBe(0);
    expectNoToken(run);
  });

  it('starts an emulator of its own with --emulator and sends to its followers', async () => {
    const run = await callCli(['send', 'multicast', ...CARD, '--emulator', '--followers', '700', '--json']);
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({ ok: true, recipients: 700, requests: 2, emulator: { chats: 700, messages: 700 } });
    expect(setup.emu.requests()).toHaveLength(0);
  });

  it('explains a wrong kind, a missing file and options of another kind (exit 2)', async () => {
    expect((await callCli(['send', 'shout', ...CARD])).stderr).toContain(
      '"shout" is not a kind of send; the kinds are push, reply, multicast, broadcast, narrowcast',
    );
    expect((await callCli(['send', 'push'])).stderr).toContain('which design? linejsx send push FILE');
    const option = await callCli(['send', 'broadcast', ...CARD, '--to', setup.emu.followers[0]!]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--to is for send push and send multicast');
  });
});

describe('linejsx validate --remote', () => {
  it("asks LINE's validate endpoint after the checks here pass", async () => {
    const run = await callCli(['validate', ...CARD, '--remote', '--as', 'multicast'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('LINE accepts it (/v2/bot/message/validate/multicast)');
    expect(setup.emu.requests().map((r) => r.path)).toEqual(['/v2/bot/message/validate/multicast']);
    expectNoToken(run);
  });

  it('reports what LINE refuses, at the component that made it (exit 1)', async () => {
    setup.emu.fault({
      path: 'validateMulticast',
      status: 400,
      body: {
        message: 'The request body has 1 error(s)',
        details: [{ message: 'invalid uri', property: 'messages[0].contents.body.contents[1].action.uri' }],
      },
    });
    const run = await callCli(['validate', ...CARD, '--remote', '--as', 'multicast', '--json'], { env: env() });
    expect(run.code).toBe(1);
    expect(jsonOutput(run)).toMatchObject({
      ok: false,
      remote: {
        ok: false,
        status: 400,
        details: [expect.objectContaining({ property: 'messages[0].contents.body.contents[1].action.uri' })],
      },
    });
    expect(run.stderr).toMatch(/<Uri>\s+test\/cli\/fixtures\/cards\.tsx:\d+:\d+/);
  });
});
