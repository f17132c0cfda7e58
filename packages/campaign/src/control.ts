/**
 * Pause, resume, cancel. Each changes the campaign's state in one step and acts on its BullMQ
 * queue at once (a paused queue gives no worker another job), so nothing more is sent after the
 * requests already in flight; workers leave the campaign within their next look at Redis.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CampaignError } from './errors.ts';
import { PREFIX, queueName } from './keys.ts';
import { type CampaignMeta, type CampaignState, readMeta, transition } from './meta.ts';
import { type RecipientOutcome, recordOutcomes } from './outcomes.ts';
import type { JobData } from './plan.ts';

/** A campaign's BullMQ queue on a connection the caller keeps. */
export function campaignQueue(redis: Redis, id: string): Queue<JobData> {
  const queue = new Queue<JobData>(queueName(id), { connection: redis, prefix: PREFIX });
  // The commands that use it report Redis errors; without a listener BullMQ would print them too.
  queue.on('error', () => {});
  return queue;
}

async function withQueue<T>(redis: Redis, id: string, use: (queue: Queue<JobData>) => Promise<T>): Promise<T> {
  const queue = campaignQueue(redis, id);
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}

function refuse(meta: CampaignMeta, was: CampaignState, what: string): never {
  const why =
    was === 'done'
      ? 'it has finished'
      : was === 'cancelled'
        ? 'it was cancelled'
        : was === 'planning'
          ? 'it is still being planned (linejsx campaign start has not finished)'
          : `it is ${was}`;
  throw new CampaignError('wrong_state', `campaign ${meta.id} can not be ${what}: ${why}`);
}

/**
 * Pauses a running campaign: its queue stops giving out jobs at once; the requests in flight end.
 * Workers call it too, with the reason, when nothing more can be sent (a refused token, the quota).
 *
 * @example
 * await pauseCampaign(redis, '20261207-025012-k3f9');
 */
export async function pauseCampaign(redis: Redis, id: string, reason?: string): Promise<CampaignMeta> {
  const was = await transition(redis, id, 'paused', ['running', 'paused'], reason ? { pausedReason: reason } : {});
  const meta = await readMeta(redis, id);
  if (was !== 'running' && was !== 'paused') refuse(meta, was, 'paused');
  await withQueue(redis, id, (queue) => queue.pause());
  return meta;
}

/**
 * Resumes a paused campaign where it stopped.
 *
 * @example
 * await resumeCampaign(redis, '20261207-025012-k3f9');
 */
export async function resumeCampaign(redis: Redis, id: string): Promise<CampaignMeta> {
  const was = await transition(redis, id, 'running', ['paused', 'running'], { pausedReason: '' });
  const meta = await readMeta(redis, id);
  if (was !== 'paused' && was !== 'running') refuse(meta, was, 'resumed');
  await withQueue(redis, id, (queue) => queue.resume());
  return meta;
}

export interface CancelOptions {
  /** How long to wait for requests in flight to end (ms, default 60,000). */
  readonly settleTimeout?: number;
  /** The clock (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

export interface CancelResult {
  readonly meta: CampaignMeta;
  /** Recipients never sent to. */
  readonly cancelled: number;
  /** Recipients an earlier attempt may have reached: held for review. */
  readonly review: number;
}

/** Live locks among the active jobs: a worker is still sending them. */
async function inFlight(redis: Redis, queue: Queue<JobData>): Promise<number> {
  const active = await queue.getJobs(['active']);
  if (active.length === 0) return 0;
  const locks = await Promise.all(active.map((job) => redis.exists(`${queue.toKey(job.id!)}:lock`)));
  return locks.filter((n) => n === 1).length;
}

/** The outcomes of a job left unsent by a cancel. */
function cancelledOutcomes(job: Job<JobData>): RecipientOutcome[] {
  const data = job.data;
  const tried = job.attemptsStarted > 0;
  const left = (to: string, via: 'push' | 'multicast'): RecipientOutcome =>
    tried
      ? {
          to,
          status: 'review',
          via,
          error: {
            code: 'cancelled_in_flight',
            message:
              'cancelled after an attempt that got no answer or an error: LINE may have delivered it; check whether the recipient got it',
          },
        }
      : { to, status: 'cancelled', via };
  if (data.kind === 'multicast') return data.to.map((to) => left(to, 'multicast'));
  return data.recipients.map((r, index) => data.done?.[index] ?? left(r.to, 'push'));
}

const PAGE = 500;

/**
 * Cancels a campaign: nothing more is sent (the queue stops giving out jobs at once), the requests
 * in flight end, and every recipient not reached gets the outcome `cancelled` (or `review`, when an
 * earlier attempt may have reached them). Running it again finishes what an interrupted cancel left.
 *
 * @example
 * const { cancelled } = await cancelCampaign(redis, '20261207-025012-k3f9');
 */
export async function cancelCampaign(redis: Redis, id: string, options: CancelOptions = {}): Promise<CancelResult> {
  const now = options.now ?? Date.now;
  const was = await transition(redis, id, 'cancelled', ['planning', 'running', 'paused', 'cancelled'], { finishedAt: now() });
  const meta = await readMeta(redis, id);
  if (was === 'done') refuse(meta, was, 'cancelled');
  return withQueue(redis, id, async (queue) => {
    await queue.pause();
    const deadline = now() + (options.settleTimeout ?? 60_000);
    while ((await inFlight(redis, queue)) > 0) {
      if (now() > deadline)
        throw new CampaignError(
          'wrong_state',
          `campaign ${id} is cancelled, but a worker is still sending a request; run cancel again in a minute to finish`,
        );
      await sleep(100);
    }
    let cancelled = 0;
    let review = 0;
    for (;;) {
      const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized', 'active', 'waiting-children'], 0, PAGE - 1);
      if (jobs.length === 0) break;
      for (const job of jobs) {
        const outcomes = cancelledOutcomes(job);
        await recordOutcomes(redis, id, job.id!, outcomes, now());
        cancelled += outcomes.filter((o) => o.status === 'cancelled').length;
        review += outcomes.filter((o) => o.status === 'review').length;
        await job.remove();
      }
    }
    await queue.obliterate({ force: true });
    return { meta, cancelled, review };
  });
}
