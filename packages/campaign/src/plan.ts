/**
 * Planning: recipients become BullMQ jobs. Recipients whose messages are identical go out as
 * multicast jobs of up to 500; the others as push jobs of `pushBatch()` recipients. Every request's
 * retry key is made here, once, and stored in its job with the messages it sends, rendered and
 * validated: whoever sends a job, however often, sends the same bytes under the same keys.
 *
 * The sizes come from LINE's rate limits (the endpoint table of `@linejsx/protocol`): a push job holds as many
 * pushes as one multicast request is worth (push 2,000/s ÷ multicast 200/s = 10), so one limiter
 * of jobs per second, BullMQ's, keeps both endpoints within their limits whatever the mix.
 */
import { randomUUID } from 'node:crypto';
import { type RateLimits, rateLimitOf } from '@linejsx/protocol';
import { MULTICAST_CHUNK, USER_ID } from '@linejsx/schema';
import type { RecipientOutcome } from './outcomes.ts';
import { packMessages } from './packing.ts';

/** One push of a push job. */
export interface PushRecipient {
  readonly to: string;
  readonly retryKey: string;
}

interface JobBase {
  /** The channel whose token sends it; the token itself is never in Redis. */
  readonly channel: string;
  /** When the retry keys were made (ms): LINE forgets a key 24 hours after it first sees it. */
  readonly keysMadeAt: number;
}

export interface PushJobData extends JobBase {
  readonly kind: 'push';
  readonly recipients: readonly PushRecipient[];
  /** Each recipient's messages, in their order (`packMessages`). */
  readonly messages: string;
  /** Outcomes known from an earlier attempt, by index: those recipients are not sent to again. */
  readonly done?: Readonly<Record<string, RecipientOutcome>>;
}

export interface MulticastJobData extends JobBase {
  readonly kind: 'multicast';
  readonly to: readonly string[];
  /** The messages every recipient of the job gets (`packMessages` of one). */
  readonly messages: string;
  readonly retryKey: string;
}

export type JobData = PushJobData | MulticastJobData;

/** A job as planning makes it: its ID in the campaign's queue, and its data. */
export interface PlannedJob {
  readonly id: string;
  readonly data: JobData;
}

const perMs = (limit: { limit: number; per: number }) => limit.limit / limit.per;

/**
 * Recipients per push job: how many pushes one multicast request is worth in LINE's limits.
 *
 * @example
 * pushBatch(); // 10: push 2,000/s, multicast 200/s
 */
export function pushBatch(): number {
  return Math.max(1, Math.floor(perMs(rateLimitOf('push', undefined)!) / perMs(rateLimitOf('multicast', undefined)!)));
}

/** BullMQ's limiter: at most `max` jobs started in any window of `duration` ms, across every worker. */
export interface JobLimiter {
  readonly max: number;
  readonly duration: number;
}

/** A tenth of a second: short windows, so that jobs of two windows arriving together stay well within LINE's bucket. */
const WINDOW = 100;

/**
 * The job limiter that keeps push jobs of `batch` recipients and multicast jobs within the limits
 * in force (LINE's, or `overrides`); undefined when both are off.
 *
 * BullMQ counts jobs in fixed windows, LINE refills a token bucket as big as a second's limit. Two
 * windows' worth can land together (the end of one, the start of the next): with windows of
 * 100 ms that is a fifth of LINE's bucket, so the windows never empty it.
 *
 * @example
 * jobLimiter(10, undefined); // { max: 20, duration: 100 }: 200 jobs/s = 2,000 pushes/s or 200 multicasts/s
 */
export function jobLimiter(batch: number, overrides: RateLimits | undefined): JobLimiter | undefined {
  const push = rateLimitOf('push', overrides);
  const multicast = rateLimitOf('multicast', overrides);
  const rates = [push && perMs(push) / batch, multicast && perMs(multicast)].filter((r): r is number => r !== undefined);
  if (rates.length === 0) return undefined;
  const jobsPerMs = Math.min(...rates);
  const max = Math.floor(jobsPerMs * WINDOW);
  return max >= 1 ? { max, duration: WINDOW } : { max: 1, duration: Math.ceil(1 / jobsPerMs) };
}

/**
 * The fingerprints that go out as multicast: those shared by more user IDs than a push job holds (a
 * multicast request costs as much of the limit as `batch` pushes, so a smaller group is pushed).
 *
 * @example
 * multicastFingerprints(new Map([['a', 3000], ['b', 1]]), 10); // Set { 'a' }
 */
export function multicastFingerprints(users: ReadonlyMap<string, number>, batch: number): Set<string> {
  return new Set([...users].filter(([, n]) => n > batch).map(([fingerprint]) => fingerprint));
}

/** A recipient ready for a job: their ID, and the JSON of their rendered, validated messages. */
export interface PlannedRecipient {
  readonly to: string;
  readonly json: string;
  /** `fingerprintOf(json)`: identical messages share it. */
  readonly fingerprint: string;
}

export interface PlannerOptions {
  readonly channel: string;
  readonly batch: number;
  /** From `multicastFingerprints`. */
  readonly multicast: ReadonlySet<string>;
  readonly keysMadeAt: number;
  /** A new retry key (default `randomUUID`). */
  readonly newKey?: () => string;
}

/**
 * Turns recipients, one at a time, into jobs: `add` returns the jobs a recipient completed,
 * `flush` the rest. Multicast jobs fill up to 500 recipients per fingerprint.
 *
 * @example
 * const planner = createPlanner({ channel: 'default', batch: 10, multicast, keysMadeAt: Date.now() });
 * for (const r of recipients) await queue(planner.add(r));
 * await queue(planner.flush());
 */
export function createPlanner(options: PlannerOptions): { add(recipient: PlannedRecipient): PlannedJob[]; flush(): PlannedJob[] } {
  const newKey = options.newKey ?? randomUUID;
  const base = { channel: options.channel, keysMadeAt: options.keysMadeAt };
  let pushes: PushRecipient[] = [];
  let jsons: string[] = [];
  const groups = new Map<string, { json: string; to: string[] }>();
  let pushJobs = 0;
  let multicastJobs = 0;

  const pushJob = (): PlannedJob => {
    const job: PlannedJob = { id: `p${++pushJobs}`, data: { kind: 'push', ...base, recipients: pushes, messages: packMessages(jsons) } };
    pushes = [];
    jsons = [];
    return job;
  };
  const multicastJob = (group: { json: string; to: string[] }): PlannedJob => ({
    id: `m${++multicastJobs}`,
    data: { kind: 'multicast', ...base, to: group.to, messages: packMessages([group.json]), retryKey: newKey() },
  });

  return {
    add(recipient) {
      if (options.multicast.has(recipient.fingerprint) && USER_ID.test(recipient.to)) {
        let group = groups.get(recipient.fingerprint);
        if (!group) groups.set(recipient.fingerprint, (group = { json: recipient.json, to: [] }));
        group.to.push(recipient.to);
        if (group.to.length < MULTICAST_CHUNK) return [];
        groups.delete(recipient.fingerprint);
        return [multicastJob(group)];
      }
      pushes.push({ to: recipient.to, retryKey: newKey() });
      jsons.push(recipient.json);
      return pushes.length >= options.batch ? [pushJob()] : [];
    },
    flush() {
      const jobs = [...groups.values()].map(multicastJob);
      groups.clear();
      if (pushes.length > 0) jobs.push(pushJob());
      return jobs;
    },
  };
}
