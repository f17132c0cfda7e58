/**
 * The guarantee under crashes: 20,000 personalised recipients through three worker processes, two
 * of them SIGKILLed mid-campaign (at about 30% and 60%) and started again. Their jobs in flight are
 * taken over by the others and sent again under the same retry keys: the emulator answers 409 for
 * what it had accepted, and every recipient ends with their own message, once.
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
  type WorkerProcess,
  waitFor,
} from '../support/campaign.ts';
import { REDIS_MISSING, redisAvailable } from '../support/redis.ts';
import { describeWhen } from '../support/skip.ts';

describeWhen(redisAvailable, REDIS_MISSING, 'a campaign through workers that are killed', () => {
  const { redis, dir, emu, env: environment } = useCampaignWorld('campaign-crash');

  it('delivers each of 20,000 recipients their own message exactly once through 3 workers, 2 of them SIGKILLed and restarted', async () => {
    // Answers take 150 ms: 3 workers × 8 jobs in flight make 160 jobs/s, under the 200/s rate limit,
    // so every worker is always busy and a killed one always has requests in flight. (At 50 ms the
    // limit held workers idle between windows, and a kill could find one with nothing in flight.)
    emu().fault({ path: 'push', delay: 150 });
    const list = people(20_000);
    const env = environment();
    const id = await startCampaignCli([POINTS, '--audience', audienceFile(dir, 'people.jsonl', list)], env);
    // Jobs of a killed worker go to another after 2 s instead of 30.
    const args = ['--stalled-after', '2', '--concurrency', '8'];
    const workers: WorkerProcess[] = [spawnWorker(args, env), spawnWorker(args, env), spawnWorker(args, env)];

    await waitFor('30% delivered', () => deliveredCount(emu()) >= 6000);
    await workers[0]!.signal('SIGKILL');
    workers[0] = spawnWorker(args, env);
    await waitFor('60% delivered', () => deliveredCount(emu()) >= 12_000);
    await workers[1]!.signal('SIGKILL');
    workers[1] = spawnWorker(args, env);

    const connection = await connectOnce(redis.url);
    try {
      await waitFor('the campaign to end', async () => (await campaignStatus(connection, id)).meta.state === 'done', 90_000);
      expect(await campaignStatus(connection, id)).toMatchObject({ delivered: 20_000, failed: 0, review: 0, pending: 0 });
    } finally {
      connection.disconnect();
    }
    expectEachOnce(emu(), list);
    // Every push LINE accepted is one delivery; what a killed worker had sent was answered 409 when sent again.
    const answers = emu()
      .requests()
      .map((r) => r.status);
    expect(answers.filter((s) => s === 200)).toHaveLength(20_000);
    expect(answers.every((s) => s === 200 || s === 409)).toBe(true);
    expect(answers.filter((s) => s === 409).length).toBeGreaterThan(0);
    for (const worker of workers) expect(await worker.signal('SIGTERM')).toBe(0);
  }, 150_000);
});
