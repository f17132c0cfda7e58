/**
 * LINE misbehaving, as the emulator's faults act it out: 5% of pushes answer 500, 1% lose their
 * connection after LINE took them, some answer only after the client's timeout, and a few 429s.
 * Every recipient still gets their message exactly once, by push and by multicast, and a 429
 * pauses the campaign's queue on every worker, not only on the one that got it.
 */
import { campaignStatus } from '@linejsx/campaign';
import { expect, it } from 'vitest';
import {
  audienceFile,
  expectEachOnce,
  POINTS,
  people,
  spawnWorker,
  startCampaignCli,
  useCampaignWorld,
  waitFor,
  withConnection,
} from '../support/campaign.ts';
import { REDIS_MISSING, redisAvailable } from '../support/redis.ts';
import { describeWhen } from '../support/skip.ts';

describeWhen(redisAvailable, REDIS_MISSING, 'a campaign while LINE fails', () => {
  const { redis, dir, emu, env: environment } = useCampaignWorld('campaign-faults');

  it("delivers exactly once through 500s, dropped connections, answers after the client's timeout and 429s", async () => {
    // The first rule that hits a request applies: 429s first, few of them; then the rest.
    emu().fault({ path: 'push', status: 429, rate: 0.003, times: 3 });
    emu().fault({ path: 'push', status: 500, rate: 0.05 });
    emu().fault({ path: 'push', drop: true, when: 'after', rate: 0.01 / 0.95 });
    emu().fault({ path: 'push', delay: 2500, when: 'after', rate: 0.005 });
    emu().fault({ path: 'multicast', status: 500, rate: 0.3 });
    emu().fault({ path: 'multicast', drop: true, when: 'after', rate: 0.3 });

    const env = environment();
    const personal = people(4000);
    const same = people(3000, 10_000);
    const pushed = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'people.jsonl', personal)], env);
    // IDs alone: everyone gets the sample's message, in multicasts of 500.
    const multicast = await startCampaignCli(
      [
        POINTS,
        '--audience',
        audienceFile(
          dir,
          'ids.txt',
          [],
          same.map((p) => p.to),
        ),
      ],
      env,
    );
    const args = ['--timeout', '1000', '--stalled-after', '2'];
    const workers = [spawnWorker(args, env), spawnWorker(args, env)];

    await withConnection(redis.url, async (connection) => {
      for (const id of [pushed, multicast])
        await waitFor(`campaign ${id} to end`, async () => (await campaignStatus(connection, id)).meta.state === 'done', 90_000);
      expect(await campaignStatus(connection, pushed)).toMatchObject({ delivered: 4000, failed: 0, review: 0, pending: 0 });
      expect(await campaignStatus(connection, multicast)).toMatchObject({
        delivered: 3000,
        failed: 0,
        review: 0,
        pending: 0,
        meta: { multicastJobs: 6 },
      });
    });

    const requests = emu().requests();
    const answers = (status: number | 'dropped') => requests.filter((r) => r.status === status).length;
    expect(answers(429)).toBe(3);
    expect(answers(500)).toBeGreaterThan(100);
    expect(answers('dropped')).toBeGreaterThan(10);
    // A dropped answer and one after the timeout are resent under their key: LINE answers 409.
    expect(answers(409)).toBeGreaterThan(10);
    const sample = { name: 'Cony', points: 120, code: 'C0NY' };
    for (const { to } of same) {
      const inbox = emu().inbox(to);
      expect(inbox.map((m) => (m.message as { altText: string }).altText)).toEqual([`${sample.name}, you have ${sample.points} points`]);
    }
    expectEachOnce(emu(), [...personal, ...same.map((p) => ({ ...p, props: sample }))]);

    // After each 429, no worker takes another job of the campaign until the pause is over: BullMQ's
    // events say when each job was taken (the stream's IDs are Redis's clock, in ms).
    const events = await withConnection(redis.url, (c) => c.xrange(`linejsx:campaign-${pushed}:events`, '-', '+'));
    const taken = events.filter(([, fields]) => fields[1] === 'active').map(([eventId]) => Number(eventId.split('-')[0]));
    expect(taken.length).toBeGreaterThanOrEqual(400);
    for (const limited of requests.filter((r) => r.status === 429)) {
      // The worker pauses the queue as soon as it reads the 429 (on a busy machine, a moment later).
      expect(taken.filter((at) => at > limited.at + 300 && at < limited.at + 900)).toEqual([]);
    }
    expect(workers.some((w) => w.output().includes('LINE answered 429'))).toBe(true);
    for (const worker of workers) expect(await worker.signal('SIGTERM')).toBe(0);
  }, 120_000);
});
