/**
 * Steering a campaign and what it refuses: pause, resume and cancel (nothing more sent once they
 * took effect), Redis unreachable at start, an audience with malformed or repeated IDs, a
 * recipient whose props make the design invalid, LINE forgetting a retry key, tokens from a file
 * and never in Redis, and the command line's usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  campaignReport,
  campaignStatus,
  cancelCampaign,
  fileAudience,
  listAudience,
  resumeCampaign,
  runWorker,
  startCampaign,
} from '@linejsx/campaign';
import { startEmulator } from '@linejsx/emulator';
import { createElement } from '@linejsx/jsx';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  audienceFile,
  deliveredCount,
  expectEachOnce,
  type Person,
  POINTS,
  people,
  spawnWorker,
  startCampaignCli,
  useCampaignWorld,
  waitFor,
  withConnection,
} from '../support/campaign.ts';
import { callCli, jsonOutput } from '../support/cli.ts';
import { freePort, REDIS_MISSING, redisAvailable, useRedis } from '../support/redis.ts';
import { describeWhen } from '../support/skip.ts';
import Points, { type PointsProps } from './fixtures/points.tsx';

describeWhen(redisAvailable, REDIS_MISSING, 'steering a campaign', () => {
  const { redis, dir, emu, env } = useCampaignWorld('campaign-control');
  beforeEach(() => emu().reset());
  const stateOf = (id: string) => withConnection(redis.url, async (c) => (await campaignStatus(c, id)).meta.state);
  /** Plans a campaign of the Points design to `list` in this process (the library's startCampaign); its ID. */
  const startInProcess = (name: string, list: readonly Person[], channel: string) =>
    withConnection(redis.url, async (c) => {
      const design = { messagesFor: (props: unknown) => createElement(Points, props as PointsProps) };
      const audience = fileAudience(name, audienceFile(dir, name, list));
      return (await startCampaign({ redis: c, design, designRef: { file: POINTS }, audience, channel })).id;
    });

  it('pauses, resumes and cancels: once paused or cancelled, nothing more is sent', async () => {
    const first = people(6000);
    const second = people(6000, 50_000);
    const paused = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'first.jsonl', first)], env());
    const worker = spawnWorker(['--stalled-after', '2'], env());

    await waitFor('20% delivered', () => deliveredCount(emu()) >= 1200);
    const pause = await callCli(['campaign', 'pause', paused], { env: env() });
    expect(pause.code).toBe(0);
    expect(pause.stderr).toContain(`paused campaign ${paused}`);
    // What was in flight ends; then nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const atPause = deliveredCount(emu());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(deliveredCount(emu())).toBe(atPause);
    expect(atPause).toBeLessThan(6000);
    expect(await stateOf(paused)).toBe('paused');

    expect((await callCli(['campaign', 'resume', paused], { env: env() })).code).toBe(0);
    await waitFor('the first campaign to end', async () => (await stateOf(paused)) === 'done');
    expectEachOnce(emu(), first);

    emu().reset();
    const cancelled = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'second.jsonl', second)], env());
    await waitFor('20% delivered', () => deliveredCount(emu()) >= 1200);
    const cancel = callCli(['campaign', 'cancel', cancelled, '--json'], { env: env() });
    // When the cancel took effect (its state changed in Redis), the requests in flight may end; nothing else comes.
    await waitFor('the cancel to take effect', async () => (await stateOf(cancelled)) === 'cancelled', 20_000);
    const effective = Date.now();
    const run = await cancel;
    expect(run.code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const late = emu()
      .requests()
      .filter((r) => r.at > effective + 1000);
    expect(late).toEqual([]);

    const sent = deliveredCount(emu());
    const result = jsonOutput(run) as { cancelled: number; review: number };
    expect(sent + result.cancelled + result.review).toBe(6000);
    const rows = await withConnection(redis.url, async (c) => {
      const all: Array<{ to: string; status: string }> = [];
      for await (const row of campaignReport(c, cancelled)) all.push(row);
      return all;
    });
    expect(rows).toHaveLength(6000);
    for (const row of rows) {
      const received = emu().inbox(row.to).length;
      if (row.status === 'delivered') expect(received).toBe(1);
      else if (row.status === 'cancelled') expect(received).toBe(0);
      else expect(row.status).toBe('review');
    }
    expect(await worker.signal('SIGTERM')).toBe(0);
  }, 120_000);

  it('refuses to start when Redis can not be reached, saying so, with exit code 6', async () => {
    const port = await freePort();
    const file = audienceFile(dir, 'few.jsonl', people(3));
    const run = await callCli(['campaign', 'start', POINTS, '--audience', file], {
      env: { ...env(), REDIS_URL: `redis://:hunter2@127.0.0.1:${port}` },
    });
    expect(run.code).toBe(6);
    expect(run.stderr).toContain(`Redis at redis://127.0.0.1:${port} could not be reached (connection refused)`);
    expect(run.stderr).not.toContain('hunter2');
    expect(run.stdout).toBe('');
  });

  it('refuses an audience with malformed IDs, every one with its line, and queues nothing; repeated IDs are left out and counted', async () => {
    const list = people(5);
    const bad = audienceFile(dir, 'bad.jsonl', list, [
      'U123',
      '{"to": "Uzz", "props": {}}',
      '{"to":',
      'C'.padEnd(33, 'f'),
      '{"to": "U00000000000000000000000000000001", "nope": 1}',
    ]);
    const before = await withConnection(redis.url, (c) => c.zcard('linejsx:campaigns'));
    const run = await callCli(['campaign', 'start', POINTS, '--audience', bad], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('4 problems in the audience');
    expect(run.stderr).toContain('bad.jsonl:6');
    expect(run.stderr).toContain('"U123" is not a user, group or room ID');
    expect(run.stderr).toContain('bad.jsonl:7');
    expect(run.stderr).toContain('bad.jsonl:8');
    expect(run.stderr).toContain('bad.jsonl:10');
    expect(run.stderr).not.toContain('bad.jsonl:9'); // a group ID is fine
    expect(await withConnection(redis.url, (c) => c.zcard('linejsx:campaigns'))).toBe(before);

    const repeated = audienceFile(dir, 'repeated.jsonl', [...list, list[0]!, list[3]!]);
    const started = await callCli(['campaign', 'start', POINTS, '--audience', repeated, '--json'], { env: env() });
    expect(started.code).toBe(0);
    expect(jsonOutput(started)).toMatchObject({ ok: true, recipients: 5, duplicates: 2, pushJobs: 1, multicastJobs: 0 });
    expect(started.stderr).toContain('(2 duplicates left out)');
    // Never sent: no worker ran. Cancelled, every recipient is `cancelled`.
    const { id } = jsonOutput(started) as { id: string };
    const cancelled = await withConnection(redis.url, (c) => cancelCampaign(c, id));
    expect(cancelled).toMatchObject({ cancelled: 5, review: 0 });
  });

  it('fails the recipient whose props make the design invalid, with the validation error and its line, and sends to the others', async () => {
    const list = people(30);
    const tooLong = { to: 'U'.padEnd(33, 'a'), props: { name: 'x'.repeat(1600), points: 1, code: 'X' } };
    const file = audienceFile(dir, 'one-bad.jsonl', [...list.slice(0, 10), tooLong, ...list.slice(10)]);
    const start = await callCli(['campaign', 'start', POINTS, '--audience', file], { env: env() });
    expect(start.code).toBe(0);
    const id = start.stdout.trim();
    expect(start.stderr).toContain('1 recipient failed: their messages are invalid');
    expect(start.stderr).toContain('one-bad.jsonl:11');
    expect(start.stderr).toContain('altText is 1,619 characters; LINE allows at most 1,500');
    const worker = spawnWorker([], env());
    await waitFor('the campaign to end', async () => (await stateOf(id)) === 'done');
    expectEachOnce(emu(), list);

    const report = await callCli(['campaign', 'report', id, '--status', 'failed'], { env: env() });
    expect(report.code).toBe(0);
    // One row; its error (the validation error, lines and all) quoted as CSV quotes a field.
    const [header, ...rest] = report.stdout.trim().split('\n');
    expect(header).toBe('to,status,via,request_id,accepted_request_id,error_code,error,where');
    expect(rest.join('\n')).toMatch(
      new RegExp(
        `^${tooLong.to},failed,,,,invalid_message,"1 problem in <Points>\\n[^"]*altText is 1,619 characters[^"]*",[^\\n]*one-bad\\.jsonl:11$`,
      ),
    );
    const all = await callCli(['campaign', 'report', id, '--format', 'jsonl'], { env: env() });
    const rows = all.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status: string; via: string; requestId?: string });
    expect(rows.filter((r) => r.status === 'delivered')).toHaveLength(30);
    expect(rows.filter((r) => r.status === 'delivered').every((r) => r.via === 'push' && r.requestId)).toBe(true);
    const status = await callCli(['campaign', 'status', id, '--wait'], { env: env() });
    expect(JSON.parse(status.stdout)).toMatchObject({ id, state: 'done', recipients: 31, delivered: 30, failed: 1, pending: 0, eta: 0 });
    // On a terminal: the bar, then a line that says how it ended.
    const live = await callCli(['campaign', 'status', id], { env: env(), stderrIsTTY: true });
    expect(live.stdout).toBe('');
    // The colours of a terminal taken off:
    expect(live.stderr.replace(/\u001b\[[0-9;]*m/g, '')).toContain(`! campaign ${id} done · sent 30 · failed 1 · pending 0\n`);
    const out = join(dir, 'outcomes.jsonl');
    const written = await callCli(['campaign', 'report', id, '--format', 'jsonl', '--out', out], { env: env() });
    expect(written.stderr).toContain('wrote 31 recipients to');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(31);
    expect(await worker.signal('SIGTERM')).toBe(0);
  });

  it('refuses a design that renders the same props differently, and leaves nothing queued', async () => {
    let calls = 0;
    const design = { messagesFor: () => ({ type: 'text' as const, text: `Hello, for the ${++calls}th time` }) };
    const audience = listAudience(
      'people',
      people(3).map((p) => p.to),
      {},
    );
    const before = await withConnection(redis.url, (c) => c.zcard('linejsx:campaigns'));
    const started = withConnection(redis.url, (c) =>
      startCampaign({ redis: c, design, designRef: { file: 'x.tsx' }, audience, channel: 'default' }),
    );
    await expect(started).rejects.toMatchObject({
      name: 'CampaignError',
      code: 'nondeterministic',
      message: expect.stringContaining("people[0]: the design rendered this recipient's props differently"),
    });
    expect(await withConnection(redis.url, (c) => c.zcard('linejsx:campaigns'))).toBe(before);
  });

  it('holds for review, with its recipients, what may have been sent once LINE no longer remembers the retry key', async () => {
    const list = people(20, 90_000);
    // The first push is taken by LINE and its answer lost; its job is tried again later.
    emu().fault({ path: 'push', drop: true, when: 'after', times: 1 });
    const id = await startInProcess('review.jsonl', list, 'review');
    // As if the retry came more than 24 hours later: the keys are trusted for no time at all.
    const worker = runWorker({
      redisUrl: redis.url,
      tokenFor: () => emu().token,
      baseUrl: emu().url,
      keyLifetime: 0,
      pollInterval: 50,
    });
    try {
      await waitFor('the campaign to end', async () => (await stateOf(id)) === 'done');
    } finally {
      await worker.close();
    }
    const rows = await withConnection(redis.url, async (c) => {
      const all: Array<{ to: string; status: string; error?: { code: string } }> = [];
      for await (const row of campaignReport(c, id)) all.push(row);
      return all;
    });
    const review = rows.filter((r) => r.status === 'review');
    expect(review).toEqual([expect.objectContaining({ to: list[0]!.to, error: expect.objectContaining({ code: 'key_expired' }) })]);
    expect(rows.filter((r) => r.status === 'delivered')).toHaveLength(19);
    // It was in fact delivered (once): the retry that could have sent it twice was never made.
    expect(emu().inbox(list[0]!.to)).toHaveLength(1);
    expect(
      emu()
        .requests()
        .filter((r) => r.retryKey === emu().requests()[0]!.retryKey),
    ).toHaveLength(1);
  });

  it('fails the recipient LINE refuses (400) and goes on; pauses the campaign, saying why, when LINE refuses the token (401)', async () => {
    const list = people(30, 40_000);
    const start = (name: string) => startInProcess(name, list, 'refusals');
    const worker = runWorker({ redisUrl: redis.url, tokenFor: () => emu().token, baseUrl: emu().url, pollInterval: 50 });
    try {
      emu().fault({ path: 'push', status: 400, times: 1, body: { message: 'The property, to, in the request body is invalid' } });
      const refused = await start('refused.jsonl');
      await waitFor('the first campaign to end', async () => (await stateOf(refused)) === 'done');
      const status = await withConnection(redis.url, (c) => campaignStatus(c, refused));
      expect(status).toMatchObject({ delivered: 29, failed: 1, review: 0 });

      emu().reset();
      emu().fault({ path: 'push', status: 401, times: 1 });
      const unauthorized = await start('unauthorized.jsonl');
      await waitFor('the campaign to pause', async () => (await stateOf(unauthorized)) === 'paused');
      const paused = await withConnection(redis.url, (c) => campaignStatus(c, unauthorized));
      expect(paused.meta.pausedReason).toContain('LINE refused the channel access token a worker has for channel refusals (401)');
      // Nothing was lost: resumed (the token is fine again), every recipient gets the message once.
      await withConnection(redis.url, (c) => resumeCampaign(c, unauthorized));
      await waitFor('the campaign to end', async () => (await stateOf(unauthorized)) === 'done');
      expectEachOnce(emu(), list);
    } finally {
      await worker.close();
    }
  });

  it('sends with the token of a tokens file for its channel, and no token ever reaches Redis', async () => {
    const token = 'tOkEn+sEcReT/ThatMustNeverBeInRedis==';
    const shop = await startEmulator({ followers: 0, tokens: [token] });
    try {
      const list = people(25, 70_000);
      const tokens = join(dir, 'tokens.json');
      writeFileSync(tokens, JSON.stringify({ shop: token, other: 'another-token' }));
      const id = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'shop.jsonl', list), '--channel', 'shop'], {
        REDIS_URL: redis.url,
      });
      const worker = spawnWorker(['--tokens', tokens, '--base-url', shop.url], { REDIS_URL: redis.url });
      await waitFor('the campaign to end', async () => (await stateOf(id)) === 'done');
      expectEachOnce(shop, list);
      expect(worker.output()).toContain('waiting for campaigns of channel shop, channel other');
      expect(worker.output()).not.toContain(token);
      expect(await worker.signal('SIGTERM')).toBe(0);
      const dump = await withConnection(redis.url, async (c) => {
        let text = '';
        for (const key of await c.keys('*')) {
          const type = await c.type(key);
          if (type === 'string') text += await c.get(key);
          else if (type === 'hash') text += JSON.stringify(await c.hgetall(key));
          else if (type === 'list') text += (await c.lrange(key, 0, -1)).join();
          else if (type === 'set') text += (await c.smembers(key)).join();
          else if (type === 'zset') text += (await c.zrange(key, 0, -1)).join();
          else if (type === 'stream') text += JSON.stringify(await c.xrange(key, '-', '+'));
        }
        return text;
      });
      expect(dump).toContain('"channel":"shop"');
      expect(dump).not.toContain(token);
      expect(dump).not.toContain('ThatMustNeverBeInRedis');
    } finally {
      await shop.stop();
    }
  });
});

describeWhen(redisAvailable, REDIS_MISSING, 'a campaign on the emulator', () => {
  const redis = useRedis();

  it("goes to every follower of --emulator's channel, sent by a worker with an emulator of its own", async () => {
    const started = await callCli(['campaign', 'start', POINTS, '--all-followers', '--emulator', '--followers', '1200', '--json'], {
      env: { REDIS_URL: redis.url },
    });
    expect(started.code).toBe(0);
    // Every follower gets the sample's message: one multicast per 500.
    const { id } = jsonOutput(started) as { id: string };
    expect(jsonOutput(started)).toMatchObject({ recipients: 1200, multicastJobs: 3, multicastRecipients: 1200, pushJobs: 0 });
    const worker = spawnWorker(['--emulator'], { REDIS_URL: redis.url });
    await waitFor('the worker to say where its emulator is', () => /chat view: (http\S+)\//.test(worker.output()));
    const chatView = /chat view: (http\S+)\//.exec(worker.output())![1]!;
    await waitFor(
      'the campaign to end',
      async () => JSON.parse((await callCli(['campaign', 'status', id], { env: { REDIS_URL: redis.url } })).stdout).state === 'done',
    );
    const state = (await (await fetch(`${chatView}/__emulator/state`)).json()) as { chats: number; messages: number };
    expect(state).toMatchObject({ chats: 1200, messages: 1200 });
    expect(worker.output()).toContain('channel emulator');
    expect(await worker.signal('SIGTERM')).toBe(0);
  });
});

describe('linejsx campaign, used wrongly', () => {
  it('says which subcommands there are', async () => {
    const none = await callCli(['campaign']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('linejsx campaign start|worker|status|pause|resume|cancel|report');
    const unknown = await callCli(['campaign', 'launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"launch" is not a campaign subcommand');
    const help = await callCli(['campaign', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('linejsx campaign worker [--concurrency N]');
  });

  it('asks for an audience, a campaign ID, a known format', async () => {
    const noAudience = await callCli(['campaign', 'start', POINTS]);
    expect(noAudience.code).toBe(2);
    expect(noAudience.stderr).toContain('who to? give --audience FILE or --all-followers');
    const noId = await callCli(['campaign', 'status']);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('which campaign?');
    const badId = await callCli(['campaign', 'pause', '../etc']);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('"../etc" is not a campaign ID');
    const format = await callCli(['campaign', 'report', '20261207-025012-k3f9', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format is csv or jsonl');
  });

  it('asks a worker for a token, never printing one', async () => {
    const run = await callCli(['campaign', 'worker']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no channel access token: set LINE_TOKEN');
  });
});
