/**
 * `runWorker()`: a process that sends campaigns. It looks at Redis every half second for the
 * campaigns it can send (those of channels it has a token for) and runs a BullMQ `Worker` on the
 * queue of each channel's current campaign: the oldest one running. Campaigns of one channel go
 * one after the other, as they would share the channel's rate limit anyway.
 *
 * Any number of these processes, on any number of machines, share the work through Redis: BullMQ
 * gives each job to one of them, counts jobs against the rate limit across all of them, and hands
 * the jobs of a worker that died (SIGKILL, a lost machine) to another once their lock expires. The
 * job's retry keys make that resend harmless.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimitOf } from '@linejsx/protocol';
import { type ClientOptions, createClient } from '@linejsx/send';
import { type Job, type Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { campaignQueue, pauseCampaign } from './control.ts';
import { backoffStrategy } from './job-options.ts';
import { PREFIX, queueName, UNFINISHED } from './keys.ts';
import { type CampaignMeta, readMetas } from './meta.ts';
import { recordOutcomes } from './outcomes.ts';
import type { JobData } from './plan.ts';
import { connectLasting, isConnectionError, type RedisLinkEvent } from './redis.ts';
import { type Attempt, attemptJob, KEY_LIFETIME, type SendContext } from './send-job.ts';

export interface WorkerOptions {
  /** The Redis URL (`REDIS_URL`). */
  readonly redisUrl: string;
  /** The channel access token of a channel, from this worker's own configuration; undefined: not this worker's channel. */
  readonly tokenFor: (channel: string) => string | undefined;
  /** api.line.me, or an emulator's URL. */
  readonly baseUrl?: string;
  /** Jobs sent at once per campaign (default 10); each push job is `batch` requests in parallel. */
  readonly concurrency?: number;
  /** Per request, in ms (default 30,000, the client's). */
  readonly timeout?: number;
  /** How long a job of a worker that vanished waits before another worker takes it (ms, default 30,000: BullMQ's lock). */
  readonly stalledAfter?: number;
  /** How long retry keys are trusted (ms, default 23 hours: LINE keeps them 24). */
  readonly keyLifetime?: number;
  /** How often to look for campaigns (ms, default 500). */
  readonly pollInterval?: number;
  /** An undici dispatcher for the client. */
  readonly dispatcher?: ClientOptions['dispatcher'];
  /** What happens, for logs. */
  readonly onEvent?: (event: WorkerEvent) => void;
  /** This worker's name in BullMQ (default host:pid). */
  readonly name?: string;
}

/** What a worker tells: campaigns it takes up and leaves, pauses, retries, Redis outages. */
export type WorkerEvent =
  | { readonly kind: 'redis'; readonly link: RedisLinkEvent }
  | { readonly kind: 'serving'; readonly campaign: CampaignMeta }
  | { readonly kind: 'left'; readonly campaign: string; readonly state: string }
  | { readonly kind: 'rate_limited'; readonly campaign: string; readonly pause: number }
  | { readonly kind: 'paused'; readonly campaign: string; readonly reason: string }
  | { readonly kind: 'retry'; readonly campaign: string; readonly job: string; readonly reason: string }
  /** A job's lock expired while this worker had it (Redis was away, or the process too busy): another worker sends it again, under the same keys. */
  | { readonly kind: 'lock_lost'; readonly campaign: string; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

export interface CampaignWorker {
  /** Stops taking jobs, lets those in flight finish, and disconnects. */
  close(): Promise<void>;
}

/** BullMQ fails a job that stalls more than this; ours never should: a resend is harmless. */
const MAX_STALLED = 1_000_000;
/** Jobs at once per campaign: 100 pushes in flight, LINE's 2,000 a second at 50 ms an answer. */
export const DEFAULT_CONCURRENCY = 10;

interface Served {
  readonly meta: CampaignMeta;
  readonly worker: Worker<JobData>;
  readonly queue: Queue<JobData>;
}

/** BullMQ's words when a job's lock expired while its worker still had it (Redis away, a busy event loop). */
const LOCK_LOST = /could not renew lock|missing lock|lock mismatch/i;

/** A failed attempt's error, kept short in Redis: its message is enough. */
function attemptError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * Starts a worker; it runs until `close()`.
 *
 * @example
 * const worker = runWorker({
 *   redisUrl: process.env.REDIS_URL!,
 *   tokenFor: (channel) => tokens[channel],
 *  * });
 * process.once('SIGTERM', () => worker.close());
 */
export function runWorker(options: WorkerOptions): CampaignWorker {
  const emit = options.onEvent ?? (() => {});
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const stalledAfter = options.stalledAfter ?? 30_000;
  const redis: Redis = connectLasting(options.redisUrl, (link) => emit({ kind: 'redis', link }));
  const served = new Map<string, Served>();
  let closing = false;

  async function processJob(job: Job<JobData>, meta: CampaignMeta, ctx: SendContext): Promise<void> {
    const attempt: Attempt = await attemptJob(job.data, job.attemptsStarted > 1, ctx);
    if (attempt.kind === 'finished') {
      await recordOutcomes(redis, meta.id, job.id!, attempt.outcomes, Date.now());
      return;
    }
    // What this attempt settled is kept, so that the next one sends only the rest.
    const before = Object.keys(job.data.kind === 'push' ? (job.data.done ?? {}) : {}).length;
    if (job.data.kind === 'push' && Object.keys(attempt.known).length > before) await job.updateData({ ...job.data, done: attempt.known });
    if (attempt.kind === 'retry') {
      emit({ kind: 'retry', campaign: meta.id, job: job.id!, reason: attempt.reason });
      throw attemptError(attempt.reason);
    }
    // A 429 paused the queue as it came (`onRateLimited`); any other stop pauses the campaign.
    if (attempt.kind === 'stop') {
      emit({ kind: 'paused', campaign: meta.id, reason: attempt.reason });
      await pauseCampaign(redis, meta.id, attempt.reason);
    }
    // Back to the queue without counting as a failed attempt.
    throw Worker.RateLimitError();
  }

  function serve(meta: CampaignMeta, token: string): void {
    const client = createClient({
      channelAccessToken: token,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.timeout ? { timeout: options.timeout } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      // BullMQ retries jobs and limits them across every worker; the client does neither on its own.
      retry: false,
      rateLimits: false,
    });
    const queue = campaignQueue(redis, meta.id);
    const ctx: SendContext = {
      client,
      meta,
      keyLifetime: options.keyLifetime ?? KEY_LIFETIME,
      now: Date.now,
      async onRateLimited() {
        // LINE's 429 says no time (no Retry-After): its bucket refills within one period of the limit.
        const pause = rateLimitOf('push', undefined)!.per;
        emit({ kind: 'rate_limited', campaign: meta.id, pause });
        await queue.rateLimit(pause);
      },
    };
    const worker = new Worker<JobData>(queueName(meta.id), (job) => processJob(job, meta, ctx), {
      connection: redis,
      prefix: PREFIX,
      name,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      lockDuration: stalledAfter,
      stalledInterval: Math.max(1, Math.floor(stalledAfter / 2)),
      maxStalledCount: MAX_STALLED,
      // After Redis comes back, fetch again within a second (BullMQ waits 15 s by default).
      runRetryDelay: 1000,
      settings: { backoffStrategy },
    });
    worker.on('error', (error) => {
      // An outage is said once, by the connection; a lost lock means another worker sends the job again.
      if (isConnectionError(error)) return;
      if (LOCK_LOST.test(error.message)) emit({ kind: 'lock_lost', campaign: meta.id, message: error.message });
      else emit({ kind: 'error', message: error.message });
    });
    served.set(meta.id, { meta, worker, queue });
    emit({ kind: 'serving', campaign: meta });
  }

  async function leave(id: string, state: string): Promise<void> {
    const s = served.get(id);
    if (!s) return;
    served.delete(id);
    await s.worker.close();
    await s.queue.close();
    emit({ kind: 'left', campaign: id, state });
  }

  /** Serves each channel's oldest running campaign, and leaves the others. */
  async function look(): Promise<void> {
    const metas = await readMetas(redis, await redis.smembers(UNFINISHED));
    const heads = new Map<string, CampaignMeta>();
    for (const meta of metas) {
      if (meta.state !== 'running' || options.tokenFor(meta.channel) === undefined) continue;
      const head = heads.get(meta.channel);
      if (!head || meta.createdAt < head.createdAt || (meta.createdAt === head.createdAt && meta.id < head.id))
        heads.set(meta.channel, meta);
    }
    const wanted = new Set([...heads.values()].map((meta) => meta.id));
    const states = new Map(metas.map((meta) => [meta.id, meta.state]));
    await Promise.all([...served.keys()].filter((id) => !wanted.has(id)).map((id) => leave(id, states.get(id) ?? 'done')));
    for (const meta of heads.values()) if (!served.has(meta.id)) serve(meta, options.tokenFor(meta.channel)!);
  }

  void (async () => {
    while (!closing) {
      try {
        await look();
      } catch (error) {
        emit({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      await sleep(options.pollInterval ?? 500);
    }
  })();

  return {
    async close() {
      // A look at Redis under way ends with the connection.
      closing = true;
      await Promise.all([...served.keys()].map((id) => leave(id, 'closed')));
      redis.disconnect();
    },
  };
}
