/**
 * Where a campaign stands, read from Redis: its state, how many recipients have each outcome, how
 * many are left, the rate of the last seconds and when it should end at that rate.
 */
import type { Redis } from 'ioredis';
import { campaignQueue } from './control.ts';
import { campaignKeys } from './keys.ts';
import { type CampaignMeta, readMeta } from './meta.ts';
import { NO_COUNTS, type StatusCounts } from './outcomes.ts';

export interface CampaignStatus extends StatusCounts {
  readonly meta: CampaignMeta;
  /** Recipients without an outcome yet. */
  readonly pending: number;
  /** Jobs in the queue, by BullMQ's states. */
  readonly jobs: { readonly waiting: number; readonly active: number; readonly delayed: number };
  /** Recipients finished per second, over the last 10 seconds. */
  readonly rate: number;
  /** Seconds until every recipient is finished at that rate; undefined when it can not be said. */
  readonly eta: number | undefined;
}

/** Seconds the rate is measured over. */
const RATE_WINDOW = 10;

/**
 * The status of a campaign; `CampaignError` `not_found` if there is none.
 *
 * @example
 * const { delivered, pending, rate, eta } = await campaignStatus(redis, '20261207-025012-k3f9');
 */
export async function campaignStatus(redis: Redis, id: string, now: number = Date.now()): Promise<CampaignStatus> {
  const meta = await readMeta(redis, id);
  const keys = campaignKeys(id);
  const second = Math.floor(now / 1000);
  // The last complete seconds, and no more than sending has lasted.
  const since = Math.floor((meta.startedAt ?? now) / 1000);
  const window = Math.max(1, Math.min(RATE_WINDOW, second - since));
  const seconds = Array.from({ length: window }, (_, i) => String(second - 1 - i));
  const [stored, perSecond] = await Promise.all([redis.hgetall(keys.counts), redis.hmget(keys.seconds, ...seconds)]);
  const counts: Record<keyof StatusCounts, number> = { ...NO_COUNTS };
  for (const key of Object.keys(counts) as Array<keyof StatusCounts>) counts[key] = Number(stored[key] ?? 0);
  let pending = Math.max(0, meta.recipients - counts.delivered - counts.failed - counts.review - counts.cancelled);
  // A cancel that came during planning leaves recipients that were never queued: not sent.
  if (meta.state === 'cancelled') {
    counts.cancelled += pending;
    pending = 0;
  }
  const queue = campaignQueue(redis, id);
  let jobs: CampaignStatus['jobs'];
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed');
    jobs = { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0 };
  } finally {
    await queue.close();
  }
  const rate = perSecond.reduce((sum, n) => sum + Number(n ?? 0), 0) / window;
  const running = meta.state === 'running';
  return { meta, ...counts, pending, jobs, rate, eta: running && rate > 0 ? pending / rate : pending === 0 ? 0 : undefined };
}
