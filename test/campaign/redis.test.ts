/**
 * Redis going away in the middle of a campaign: stopped as an operator would (SIGTERM) and later
 * killed outright (SIGKILL), restarted each time from its AOF. The workers say they lost it, wait,
 * and go on; nothing is lost (every job is in the AOF) and nothing repeated (what the AOF lost of
 * the last second is sent again under the same keys, and answered 409).
 */
import { campaignStatus, connectOnce } from '@linejsx/campaign';
import { expect, it } from 'vitest';
import {
  audienceFile,
  deliveredCount,
  expectEachOnce,
  POINTS,
  people,
  spawnWorker,
  startCampaignCli,
  useCampaignWorld,
  waitFor,
} from '../support/campaign.ts';
import { REDIS_MISSING, redisAvailable } from '../support/redis.ts';
import { describeWhen } from '../support/skip.ts';

describeWhen(redisAvailable, REDIS_MISSING, 'a campaign while Redis goes away', () => {
  const { redis, dir, emu, env: environment } = useCampaignWorld('campaign-redis');

  it('goes on after Redis is stopped and after it is killed, each time restarted from its AOF: nothing lost, nothing repeated', async () => {
    const list = people(8000);
    const env = environment();
    const id = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'people.jsonl', list)], env);
    const args = ['--stalled-after', '2'];
    const workers = [spawnWorker(args, env), spawnWorker(args, env)];

    await waitFor('25% delivered', () => deliveredCount(emu()) >= 2000);
    await redis.pause();
    // The workers notice, and wait; what they had in flight is answered but can not be recorded yet.
    await waitFor('the workers to notice', () => workers.every((w) => w.output().includes('Redis is unreachable')), 10_000);
    const whileAway = deliveredCount(emu());
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(deliveredCount(emu()) - whileAway).toBeLessThan(400);
    await redis.restart();

    await waitFor('60% delivered', () => deliveredCount(emu()) >= 4800);
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.restart();

    const connection = await connectOnce(redis.url);
    try {
      await waitFor('the campaign to end', async () => (await campaignStatus(connection, id)).meta.state === 'done', 90_000);
      expect(await campaignStatus(connection, id)).toMatchObject({ delivered: 8000, failed: 0, review: 0, pending: 0 });
    } finally {
      connection.disconnect();
    }
    expectEachOnce(emu(), list);
    for (const worker of workers) {
      expect(worker.output()).toContain('Redis is back; going on');
      expect(await worker.signal('SIGTERM')).toBe(0);
    }
  }, 120_000);
});
