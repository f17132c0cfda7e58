/**
 * A campaign's settings and state, as kept in its Redis hash: what workers need to send it (the
 * channel's ID, the design's file, the send options) and what `status` shows. No token.
 */
import type { Redis } from 'ioredis';
import type { DesignRef } from './design.ts';
import { CampaignError } from './errors.ts';
import { CAMPAIGN_ID, campaignKeys, UNFINISHED } from './keys.ts';

/**
 * `planning`: `start` is checking and queueing (workers wait). `running`: workers send it.
 * `paused`: by `pause`, or by a worker for a reason that stops every send (`pausedReason`).
 * `done`: every recipient has an outcome. `cancelled`: by `cancel`; what was not sent never will be.
 */
export type CampaignState = 'planning' | 'running' | 'paused' | 'done' | 'cancelled';

export interface CampaignMeta {
  readonly id: string;
  readonly name: string;
  /** The channel's ID; workers hold its token. */
  readonly channel: string;
  readonly design: DesignRef;
  /** Where the recipients came from (`people.jsonl`, `followers`). */
  readonly audience: string;
  readonly state: CampaignState;
  /** Why a worker paused it (the token was refused, the monthly quota is used up…). */
  readonly pausedReason?: string;
  /** When `start` began (ms since the epoch). */
  readonly createdAt: number;
  /** When planning ended and sending could begin. */
  readonly startedAt?: number;
  readonly finishedAt?: number;
  /** Distinct recipients, those whose messages were invalid included. */
  readonly recipients: number;
  /** Audience entries left out because their ID came earlier. */
  readonly duplicates: number;
  readonly pushJobs: number;
  readonly multicastJobs: number;
  /** Recipients per push job. */
  readonly batch: number;
  readonly notificationDisabled?: boolean;
  readonly customAggregationUnits?: readonly string[];
}

/** The hash fields of `meta` (every value a string, as Redis keeps them). */
export function encodeMeta(meta: Partial<CampaignMeta>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    fields[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return fields;
}

const STRINGS = new Set(['id', 'name', 'channel', 'audience', 'state', 'pausedReason']);

function decodeMeta(fields: Record<string, string>): CampaignMeta {
  const meta: Record<string, unknown> = {};
  // An empty value is a field cleared (a resumed campaign's pausedReason).
  for (const [key, value] of Object.entries(fields)) if (value !== '') meta[key] = STRINGS.has(key) ? value : JSON.parse(value);
  return meta as unknown as CampaignMeta;
}

/** A campaign ID that can not be one, refused before it is put into a key. */
export function checkCampaignId(id: string): void {
  if (!CAMPAIGN_ID.test(id))
    throw new CampaignError(
      'not_found',
      `${JSON.stringify(id)} is not a campaign ID; they look like 20261207-025012-k3f9 (linejsx campaign start prints it)`,
    );
}

/**
 * A campaign's settings and state, or a `CampaignError` (`not_found`).
 *
 * @example
 * const meta = await readMeta(redis, '20261207-025012-k3f9');
 */
export async function readMeta(redis: Redis, id: string): Promise<CampaignMeta> {
  checkCampaignId(id);
  const fields = await redis.hgetall(campaignKeys(id).meta);
  if (!fields.id) throw new CampaignError('not_found', `no campaign ${id} in this Redis`);
  return decodeMeta(fields);
}

/**
 * The settings of several campaigns at once (one round trip); missing ones are left out.
 *
 * @example
 * const metas = await readMetas(redis, await redis.smembers(UNFINISHED));
 */
export async function readMetas(redis: Redis, ids: readonly string[]): Promise<CampaignMeta[]> {
  if (ids.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.hgetall(campaignKeys(id).meta);
  const results = (await pipeline.exec()) ?? [];
  return results.flatMap(([error, fields]) =>
    !error && (fields as Record<string, string>).id ? [decodeMeta(fields as Record<string, string>)] : [],
  );
}

// KEYS: meta, unfinished. ARGV: campaign ID, new state, allowed states (comma-separated), then
// field, value pairs to set with it. Returns the state it was in; it changed only if that was allowed.
const TRANSITION = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return false end
if string.find(',' .. ARGV[3] .. ',', ',' .. state .. ',', 1, true) then
  redis.call('HSET', KEYS[1], 'state', ARGV[2], unpack(ARGV, 4))
  if ARGV[2] == 'done' or ARGV[2] == 'cancelled' then redis.call('SREM', KEYS[2], ARGV[1]) end
end
return state
`;

type WithTransition = Redis & {
  linejsxTransition(keys: [string, string], ...args: string[]): Promise<string | null>;
};

/**
 * Moves a campaign to `to` if it is in one of `from`, in one step (workers and commands change
 * states concurrently). Returns the state it was in; `CampaignError` `not_found` if there is none.
 *
 * @example
 * const was = await transition(redis, id, 'paused', ['running'], { pausedReason: 'by linejsx campaign pause' });
 */
export async function transition(
  redis: Redis,
  id: string,
  to: CampaignState,
  from: readonly CampaignState[],
  fields: Partial<CampaignMeta> = {},
): Promise<CampaignState> {
  checkCampaignId(id);
  const r = redis as WithTransition;
  if (typeof r.linejsxTransition !== 'function') redis.defineCommand('linejsxTransition', { numberOfKeys: 2, lua: TRANSITION });
  const was = await r.linejsxTransition(
    [campaignKeys(id).meta, UNFINISHED],
    id,
    to,
    from.join(','),
    ...Object.entries(encodeMeta(fields)).flat(),
  );
  if (!was) throw new CampaignError('not_found', `no campaign ${id} in this Redis`);
  return was as CampaignState;
}
