/**
 * What became of each recipient, and how it is written: once per job, in one Lua script that
 * stores the job's outcomes only if none are stored yet and counts them in the same step. A job
 * that runs again (its worker died after writing, before BullMQ marked it completed; Redis lost its
 * last second) changes nothing, so no recipient is counted twice.
 */
import type { Redis } from 'ioredis';
import { campaignKeys, UNFINISHED } from './keys.ts';

/**
 * `delivered`: LINE accepted the request (or answered 409: a request with the same retry key was
 * accepted before). `failed`: LINE refused it, or the recipient's messages are invalid. `review`:
 * it may or may not have been delivered and can not be retried safely (LINE forgot the retry key,
 * or the campaign was cancelled while a request's fate was unknown). `cancelled`: never sent.
 */
export type RecipientStatus = 'delivered' | 'failed' | 'review' | 'cancelled';

/** The outcome of one recipient, as `report` lists it. */
export interface RecipientOutcome {
  readonly to: string;
  readonly status: RecipientStatus;
  readonly via?: 'push' | 'multicast';
  /** `x-line-request-id` of the answer. */
  readonly requestId?: string;
  /** Set when LINE answered 409: the ID of the earlier request that delivered it. */
  readonly acceptedRequestId?: string;
  /** Why it failed or needs review: a `LineApiError` code, `invalid_message`, `render_error`, `key_expired`, `cancelled_in_flight`. */
  readonly error?: { readonly code: string; readonly message: string };
  /** Where the recipient was in the audience (`people.jsonl:17`), for those refused at planning. */
  readonly where?: string;
}

/** Recipients per status. */
export type StatusCounts = Record<RecipientStatus, number>;

export const NO_COUNTS: StatusCounts = Object.freeze({ delivered: 0, failed: 0, review: 0, cancelled: 0 });

/** Counts of a list of outcomes. */
export function countOutcomes(outcomes: readonly RecipientOutcome[]): StatusCounts {
  const counts = { ...NO_COUNTS };
  for (const outcome of outcomes) counts[outcome.status]++;
  return counts;
}

// KEYS: outcomes, counts, meta, seconds, unfinished. ARGV: job ID, outcomes JSON, delivered,
// failed, review, cancelled, now (ms), campaign ID. Returns 1 when written, 0 when it was already.
const RECORD = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
local d = redis.call('HINCRBY', KEYS[2], 'delivered', ARGV[3])
local f = redis.call('HINCRBY', KEYS[2], 'failed', ARGV[4])
local r = redis.call('HINCRBY', KEYS[2], 'review', ARGV[5])
local c = redis.call('HINCRBY', KEYS[2], 'cancelled', ARGV[6])
local finished = tonumber(ARGV[3]) + tonumber(ARGV[4]) + tonumber(ARGV[5])
if finished > 0 then redis.call('HINCRBY', KEYS[4], math.floor(tonumber(ARGV[7]) / 1000), finished) end
local meta = redis.call('HMGET', KEYS[3], 'state', 'recipients')
if (meta[1] == 'running' or meta[1] == 'paused') and d + f + r + c >= tonumber(meta[2]) then
  redis.call('HSET', KEYS[3], 'state', 'done', 'finishedAt', ARGV[7])
  redis.call('SREM', KEYS[5], ARGV[8])
end
return 1
`;

type WithRecord = Redis & {
  linejsxRecord(keys: [string, string, string, string, string], ...args: Array<string | number>): Promise<number>;
};

function withRecord(redis: Redis): WithRecord {
  const r = redis as WithRecord;
  if (typeof r.linejsxRecord !== 'function') redis.defineCommand('linejsxRecord', { numberOfKeys: 5, lua: RECORD });
  return r;
}

/**
 * Writes the outcomes of a job (`key` unique in the campaign) and counts them, unless they are
 * written already; marks the campaign done when every recipient has an outcome. True when written.
 *
 * @example
 * await recordOutcomes(redis, campaignId, job.id, outcomes, Date.now());
 */
export async function recordOutcomes(
  redis: Redis,
  campaignId: string,
  key: string,
  outcomes: readonly RecipientOutcome[],
  now: number,
): Promise<boolean> {
  const keys = campaignKeys(campaignId);
  const c = countOutcomes(outcomes);
  const written = await withRecord(redis).linejsxRecord(
    [keys.outcomes, keys.counts, keys.meta, keys.seconds, UNFINISHED],
    key,
    JSON.stringify(outcomes),
    c.delivered,
    c.failed,
    c.review,
    c.cancelled,
    now,
    campaignId,
  );
  return written === 1;
}
