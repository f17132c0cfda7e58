/**
 * One attempt at a job: send the messages stored in it (rendered and validated at planning, and
 * checked again by the client), under the retry keys stored in it. What LINE answers decides each
 * recipient's outcome, or what the job needs next: a retry with backoff (5xx, timeout, lost
 * connection), a pause of the queue (429), or a pause of the campaign (what no retry can fix: a
 * refused token, the monthly quota).
 *
 * Exactly once: every attempt of a job sends the same requests under the same keys, so a request
 * LINE took before (its answer lost, the worker killed, Redis restarted) is answered 409, which
 * counts as delivered. That holds while LINE remembers the keys: a job tried before whose keys are
 * older than `keyLifetime` is not sent again; its recipients are held for review.
 */
import type { Message } from '@linejsx/schema';
import { LineApiError, type LineClient, type MulticastResult, prepareMessages } from '@linejsx/send';
import type { CampaignMeta } from './meta.ts';
import type { RecipientOutcome } from './outcomes.ts';
import { unpackMessages } from './packing.ts';
import type { JobData, MulticastJobData, PushJobData } from './plan.ts';

/** LINE remembers a retry key 24 hours from its first use (`D:retrying-api-request`); keys are counted from when they were made, an hour early against clocks that differ. */
export const KEY_LIFETIME = 23 * 60 * 60 * 1000;

export interface SendContext {
  /** A client with `retry: false` and `rateLimits: false`: BullMQ retries and limits. */
  readonly client: LineClient;
  readonly meta: Pick<CampaignMeta, 'channel' | 'notificationDisabled' | 'customAggregationUnits'>;
  readonly keyLifetime: number;
  readonly now: () => number;
  /** Called at the first 429, before the job's other requests end: the queue should pause now, not when the slowest answer is in. */
  readonly onRateLimited: () => Promise<void>;
}

/** Outcomes of a push job known so far, by recipient index. */
export type Known = Record<string, RecipientOutcome>;

/** What one attempt came to. */
export type Attempt =
  /** Every recipient has an outcome. */
  | { readonly kind: 'finished'; readonly outcomes: readonly RecipientOutcome[] }
  /** Some recipients have none yet: LINE failed or was not reached; try again later. */
  | { readonly kind: 'retry'; readonly known: Known; readonly reason: string }
  /** LINE answered 429: pause the channel's queue, then try again. */
  | { readonly kind: 'rate_limited'; readonly known: Known }
  /** Nothing more can be sent until someone acts: pause the campaign, saying why. */
  | { readonly kind: 'stop'; readonly known: Known; readonly reason: string };

/** What became of one request that did not deliver. */
type Failure =
  | { readonly outcome: RecipientOutcome }
  | { readonly retry: string }
  | { readonly rateLimited: true }
  | { readonly stop: string };

const TRANSIENT = new Set(['server_error', 'timeout', 'connection_failed']);

function failureOf(error: unknown, recipient: string, via: 'push' | 'multicast', channel: string): Failure {
  if (!(error instanceof LineApiError)) return { retry: error instanceof Error ? error.message : String(error) };
  switch (error.code) {
    case 'rate_limited':
      return { rateLimited: true };
    case 'monthly_limit':
      return { stop: `LINE answered that channel ${channel} has used up its monthly message quota (${error.message})` };
    case 'unauthorized':
      return {
        stop: `LINE refused the channel access token a worker has for channel ${channel} (401): give the workers a valid one, then resume`,
      };
    case 'forbidden':
      return { stop: `LINE does not allow channel ${channel} to send this (403: ${error.lineMessage ?? error.message})` };
    default:
      if (TRANSIENT.has(error.code)) return { retry: error.message };
      return {
        outcome: {
          to: recipient,
          status: 'failed',
          via,
          ...(error.requestId ? { requestId: error.requestId } : {}),
          error: { code: error.code, message: error.message },
        },
      };
  }
}

const review = (to: string, via: 'push' | 'multicast'): RecipientOutcome => ({
  to,
  status: 'review',
  via,
  error: {
    code: 'key_expired',
    message:
      'an earlier attempt may have delivered it, and LINE no longer remembers its retry key (24 hours), so sending again could deliver it twice: check whether the recipient got it',
  },
});

/** The strongest of several failures: stop over rate limit over retry. */
function settle(known: Known, failures: readonly Failure[]): Attempt {
  const stop = failures.find((f): f is { stop: string } => 'stop' in f);
  if (stop) return { kind: 'stop', known, reason: stop.stop };
  if (failures.some((f) => 'rateLimited' in f)) return { kind: 'rate_limited', known };
  const retry = failures.filter((f): f is { retry: string } => 'retry' in f);
  return { kind: 'retry', known, reason: `${retry.length} request${retry.length === 1 ? '' : 's'} failed: ${retry[0]?.retry ?? ''}` };
}

async function attemptPush(data: PushJobData, startedBefore: boolean, ctx: SendContext): Promise<Attempt> {
  const known: Known = { ...data.done };
  const stale = startedBefore && ctx.now() - data.keysMadeAt > ctx.keyLifetime;
  const messages = unpackMessages(data.messages);
  const sends: Array<{ readonly index: number; readonly messages: readonly Message[] }> = [];
  for (const [index, r] of data.recipients.entries()) {
    if (known[index]) continue;
    if (stale) known[index] = review(r.to, 'push');
    else sends.push({ index, messages: messages[index]! });
  }
  const { notificationDisabled, customAggregationUnits, channel } = ctx.meta;
  const failures: Failure[] = [];
  let limited = false;
  await Promise.all(
    sends.map(async ({ index, messages }) => {
      const r = data.recipients[index]!;
      try {
        // The client checks the messages again before it sends them.
        const result = await ctx.client.push(r.to, messages as Message[], {
          retryKey: r.retryKey,
          ...(notificationDisabled ? { notificationDisabled } : {}),
          ...(customAggregationUnits ? { customAggregationUnits } : {}),
        });
        known[index] = {
          to: r.to,
          status: 'delivered',
          via: 'push',
          ...(result.requestId ? { requestId: result.requestId } : {}),
          ...(result.acceptedRequestId ? { acceptedRequestId: result.acceptedRequestId } : {}),
        };
      } catch (error) {
        const failure = failureOf(error, r.to, 'push', channel);
        if ('outcome' in failure) known[index] = failure.outcome;
        else failures.push(failure);
        if ('rateLimited' in failure && !limited) {
          limited = true;
          await ctx.onRateLimited();
        }
      }
    }),
  );
  if (failures.length > 0) return settle(known, failures);
  return { kind: 'finished', outcomes: data.recipients.map((_, index) => known[index]!) };
}

async function attemptMulticast(data: MulticastJobData, startedBefore: boolean, ctx: SendContext): Promise<Attempt> {
  if (startedBefore && ctx.now() - data.keysMadeAt > ctx.keyLifetime)
    return { kind: 'finished', outcomes: data.to.map((to) => review(to, 'multicast')) };
  // Checked again here: `retryMulticast` trusts what it is given.
  const { messages } = prepareMessages(unpackMessages(data.messages)[0]!);
  const { notificationDisabled, customAggregationUnits, channel } = ctx.meta;
  // `retryMulticast` sends a chunk under the key it carries: the job's.
  const previous: MulticastResult = {
    ok: false,
    recipients: data.to.length,
    sent: 0,
    failed: data.to,
    chunks: [{ index: 0, to: data.to, retryKey: data.retryKey, status: 'failed' }],
    request: {
      messages,
      ...(notificationDisabled ? { notificationDisabled } : {}),
      ...(customAggregationUnits ? { customAggregationUnits } : {}),
    },
  };
  const [chunk] = (await ctx.client.retryMulticast(previous, { concurrency: 1 })).chunks;
  if (chunk?.status === 'sent') {
    const ids = {
      ...(chunk.requestId ? { requestId: chunk.requestId } : {}),
      ...(chunk.acceptedRequestId ? { acceptedRequestId: chunk.acceptedRequestId } : {}),
    };
    return { kind: 'finished', outcomes: data.to.map((to) => ({ to, status: 'delivered', via: 'multicast', ...ids })) };
  }
  const failure = failureOf(chunk?.error, data.to[0]!, 'multicast', channel);
  if ('rateLimited' in failure) await ctx.onRateLimited();
  if ('outcome' in failure) return { kind: 'finished', outcomes: data.to.map((to) => ({ ...failure.outcome, to })) };
  return settle({}, [failure]);
}

/**
 * Makes one attempt at a job. `startedBefore`: an earlier attempt may have sent some of it.
 *
 * @example
 * const attempt = await attemptJob(job.data, job.attemptsStarted > 1, ctx);
 * if (attempt.kind === 'finished') await recordOutcomes(redis, campaignId, job.id, attempt.outcomes, Date.now());
 */
export function attemptJob(data: JobData, startedBefore: boolean, ctx: SendContext): Promise<Attempt> {
  return data.kind === 'push' ? attemptPush(data, startedBefore, ctx) : attemptMulticast(data, startedBefore, ctx);
}
