/**
 * `startCampaign()`: checks an audience, renders every recipient's messages, and queues the jobs.
 *
 * The audience is read twice. The first pass queues nothing: it checks every ID (any malformed one
 * refuses the whole audience, every problem listed with its line), drops duplicates, renders and
 * validates each recipient's messages and counts identical ones. The second pass writes the jobs:
 * identical messages to more recipients than a push job holds go as multicasts, the rest as pushes.
 * A recipient whose messages are invalid fails alone, with the validation error; the rest go on.
 */
import { LineValidationError, type ValidationIssue } from '@linejsx/schema';
import { type RateLimits, USER_ID } from '@linejsx/send';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Audience } from './audience.ts';
import { campaignQueue } from './control.ts';
import { type CampaignDesign, type DesignRef, type RenderedMessages, renderFor } from './design.ts';
import { CampaignError } from './errors.ts';
import { JOB_OPTIONS } from './job-options.ts';
import { CAMPAIGNS, campaignKeys, newCampaignId, UNFINISHED } from './keys.ts';
import { type CampaignMeta, encodeMeta } from './meta.ts';
import { type RecipientOutcome, recordOutcomes } from './outcomes.ts';
import { createPlanner, jobLimiter, multicastFingerprints, type PlannedJob, pushBatch } from './plan.ts';

export interface StartOptions {
  /** A connection from `connectOnce`. */
  readonly redis: Redis;
  readonly design: CampaignDesign;
  /** Where the design came from, for `status`. */
  readonly designRef: DesignRef;
  readonly audience: Audience;
  /** The channel's ID (workers hold its token); `default` when there is one channel. */
  readonly channel: string;
  readonly name?: string;
  /** LINE's limits by default; `false` or overrides for load tests against an emulator. */
  readonly rateLimits?: RateLimits;
  readonly notificationDisabled?: boolean;
  readonly customAggregationUnits?: readonly string[];
  /** Called every few thousand recipients. */
  readonly onProgress?: (progress: { readonly phase: 'checking' | 'queueing'; readonly done: number; readonly total?: number }) => void;
  /** The clock (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

export interface StartedCampaign {
  readonly id: string;
  /** Distinct recipients, those whose messages are invalid included. */
  readonly recipients: number;
  /** Audience entries left out because their ID came earlier. */
  readonly duplicates: number;
  /** Recipients whose messages are invalid (or whose component threw): failed, with why. */
  readonly invalid: readonly RecipientOutcome[];
  readonly pushJobs: number;
  readonly multicastJobs: number;
  /** Recipients reached by multicast. */
  readonly multicastRecipients: number;
}

const PROGRESS_EVERY = 5000;
/** Jobs written per round trip. */
const BULK = 1000;
/** Outcomes of invalid recipients per record. */
const OUTCOMES_PER_RECORD = 500;

const isValidationError = (error: unknown): error is LineValidationError =>
  error instanceof LineValidationError || (error as { code?: unknown })?.code === 'LINE_VALIDATION';

/** A recipient who fails at planning, and why. */
function failedAtPlanning(to: string, where: string, error: unknown): RecipientOutcome {
  const invalid = isValidationError(error);
  const message = invalid ? error.message : `the design threw: ${error instanceof Error ? error.message : String(error)}`;
  return { to, status: 'failed', error: { code: invalid ? 'invalid_message' : 'render_error', message }, where };
}

/** `renderFor`, done once for a run of entries that share one props object (an audience of IDs alone). */
function sameProps(design: CampaignDesign): (props: unknown) => RenderedMessages {
  let last: { props: unknown; rendered: RenderedMessages } | undefined;
  return (props) => {
    if (!last || last.props !== props) last = { props, rendered: renderFor(design, props) };
    return last.rendered;
  };
}

interface Checked {
  readonly ids: Set<string>;
  readonly duplicates: number;
  /** Fingerprint of each distinct recipient, in order; '' for one whose messages failed. */
  readonly fingerprints: string[];
  /** Fingerprint -> distinct user IDs with it (candidates for multicast). */
  readonly users: Map<string, number>;
  readonly invalid: RecipientOutcome[];
  readonly firstError: unknown;
}

/** Pass 1: IDs, duplicates, every recipient's messages. Writes nothing. */
async function check(options: StartOptions): Promise<Checked> {
  const ids = new Set<string>();
  const problems: ValidationIssue[] = [];
  const fingerprints: string[] = [];
  const users = new Map<string, number>();
  const invalid: RecipientOutcome[] = [];
  let duplicates = 0;
  let firstError: unknown;
  const render = sameProps(options.design);
  for await (const entry of options.audience.entries()) {
    if ('problem' in entry) {
      problems.push(entry.problem);
      continue;
    }
    if (ids.has(entry.to)) {
      duplicates++;
      continue;
    }
    ids.add(entry.to);
    if (ids.size % PROGRESS_EVERY === 0) options.onProgress?.({ phase: 'checking', done: ids.size });
    // Once the audience is refused, only its other problems matter.
    if (problems.length > 0) continue;
    let fingerprint = '';
    try {
      fingerprint = render(entry.props).fingerprint;
    } catch (error) {
      firstError ??= error;
      invalid.push(failedAtPlanning(entry.to, entry.where, error));
    }
    fingerprints.push(fingerprint);
    if (fingerprint && USER_ID.test(entry.to)) users.set(fingerprint, (users.get(fingerprint) ?? 0) + 1);
  }
  if (problems.length > 0) throw new LineValidationError(problems, `the audience ${options.audience.label}`);
  if (ids.size === 0) throw new CampaignError('no_recipients', `the audience ${options.audience.label} has no recipients`);
  // Every recipient failing is the design's problem, not theirs: nothing is queued.
  if (invalid.length === ids.size) throw firstError;
  return { ids, duplicates, fingerprints, users, invalid, firstError };
}

/**
 * Starts a campaign: checks the audience and every recipient's messages, then queues the jobs in
 * the campaign's BullMQ queue, with their retry keys, and sets BullMQ's rate limiter to LINE's
 * limits. Workers (`runWorker`) send it. Throws `LineValidationError` for a malformed audience
 * (nothing queued), `CampaignError` for an empty one, and the first recipient's error when every
 * recipient's messages are invalid.
 *
 * @example
 * const redis = await connectOnce(process.env.REDIS_URL!);
 * const started = await startCampaign({
 *   redis, channel: 'default', audience: fileAudience('people.jsonl', path),
 *   design: { messagesFor: (props) => <Reminder {...(props as ReminderProps)} /> },
 *   designRef: { file: 'designs/reminder.tsx' },
 * });
 * console.log(started.id);
 */
export async function startCampaign(options: StartOptions): Promise<StartedCampaign> {
  const now = options.now ?? Date.now;
  const checked = await check(options);
  const createdAt = now();
  const id = newCampaignId(new Date(createdAt));
  const keys = campaignKeys(id);
  const batch = pushBatch();
  const meta: CampaignMeta = {
    id,
    name: options.name ?? `${options.designRef.file} to ${options.audience.label}`,
    channel: options.channel,
    design: options.designRef,
    audience: options.audience.label,
    state: 'planning',
    createdAt,
    recipients: checked.ids.size,
    duplicates: checked.duplicates,
    pushJobs: 0,
    multicastJobs: 0,
    batch,
    ...(options.notificationDisabled ? { notificationDisabled: true } : {}),
    ...(options.customAggregationUnits?.length ? { customAggregationUnits: options.customAggregationUnits } : {}),
  };
  await options.redis.multi().hset(keys.meta, encodeMeta(meta)).zadd(CAMPAIGNS, createdAt, id).sadd(UNFINISHED, id).exec();

  const queue = campaignQueue(options.redis, id);
  try {
    const limiter = jobLimiter(batch, options.rateLimits);
    if (limiter) await queue.setGlobalRateLimit(limiter.max, limiter.duration);

    for (let i = 0; i < checked.invalid.length; i += OUTCOMES_PER_RECORD) {
      await recordOutcomes(
        options.redis,
        id,
        `invalid-${i / OUTCOMES_PER_RECORD + 1}`,
        checked.invalid.slice(i, i + OUTCOMES_PER_RECORD),
        now(),
      );
    }

    // Pass 2: the same entries, now as jobs.
    const planner = createPlanner({
      channel: options.channel,
      batch,
      multicast: multicastFingerprints(checked.users, batch),
      keysMadeAt: createdAt,
    });
    // Rendered again rather than kept from the first pass (millions of messages would not fit in
    // memory), and checked: a design that renders the same props differently can not be retried safely.
    const render = sameProps(options.design);
    const expected = checked.ids.values();
    const seen = new Set<string>();
    let pending: PlannedJob[] = [];
    let index = 0;
    let pushJobs = 0;
    let multicastJobs = 0;
    let multicastRecipients = 0;
    const write = async (jobs: readonly PlannedJob[], force = false) => {
      pending.push(...jobs);
      if (pending.length < BULK && !(force && pending.length > 0)) return;
      for (const job of pending) {
        if (job.data.kind === 'push') pushJobs++;
        else {
          multicastJobs++;
          multicastRecipients += job.data.to.length;
        }
      }
      await queue.addBulk(pending.map((job) => ({ name: job.data.kind, data: job.data, opts: { ...JOB_OPTIONS, jobId: job.id } })));
      pending = [];
      options.onProgress?.({ phase: 'queueing', done: index, total: checked.ids.size });
    };
    const changed = () =>
      new CampaignError('audience_changed', `the audience ${options.audience.label} changed while it was read; start the campaign again`);
    for await (const entry of options.audience.entries()) {
      if ('problem' in entry) throw changed();
      if (seen.has(entry.to)) continue;
      seen.add(entry.to);
      if (entry.to !== expected.next().value) throw changed();
      const fingerprint = checked.fingerprints[index++]!;
      if (fingerprint === '') continue;
      const rendered = render(entry.props);
      if (rendered.fingerprint !== fingerprint)
        throw new CampaignError(
          'nondeterministic',
          `${entry.where}: the design rendered this recipient's props differently the second time (Date.now(), Math.random()…); a campaign needs the same props to give the same messages`,
        );
      await write(planner.add({ to: entry.to, json: rendered.json, fingerprint }));
    }
    if (!expected.next().done) throw changed();
    await write(planner.flush(), true);

    await options.redis.hset(keys.meta, encodeMeta({ state: 'running', startedAt: now(), pushJobs, multicastJobs }));
    return {
      id,
      recipients: checked.ids.size,
      duplicates: checked.duplicates,
      invalid: checked.invalid,
      pushJobs,
      multicastJobs,
      multicastRecipients,
    };
  } catch (error) {
    // Half a plan is no campaign: take it away (if Redis is gone too, `cancel` can later).
    await discard(options.redis, queue, id).catch(() => {});
    throw error;
  } finally {
    await queue.close();
  }
}

/** Removes a campaign that never finished planning: its queue and its keys. */
async function discard(redis: Redis, queue: Queue, id: string): Promise<void> {
  await queue.obliterate({ force: true });
  const keys = campaignKeys(id);
  await redis.multi().del(keys.meta, keys.outcomes, keys.counts, keys.seconds).zrem(CAMPAIGNS, id).srem(UNFINISHED, id).exec();
}
