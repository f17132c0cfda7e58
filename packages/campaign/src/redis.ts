/**
 * Connections to Redis, two kinds: one for a command that runs once (`start`, `status`, `pause`…),
 * which fails at once with a `CampaignError` when Redis can not be reached, and one for workers,
 * which waits through an outage and goes on (BullMQ needs `maxRetriesPerRequest: null` there).
 */
import { Redis } from 'ioredis';
import { CampaignError } from './errors.ts';

/** Where Redis is when neither `REDIS_URL` nor an option says. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * A Redis URL fit for messages: the password (and a user name) left out.
 *
 * @example
 * redisLabel('redis://:s3cret@cache.internal:6380/2'); // 'redis://cache.internal:6380/2'
 */
export function redisLabel(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'Redis (an address that is not a URL)';
  }
}

/** Checks a Redis URL before it is used, so that a typo is said as such rather than as an outage. */
function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CampaignError('redis_unreachable', `the Redis address is not a URL; give one such as ${DEFAULT_REDIS_URL}`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new CampaignError('redis_unreachable', `the Redis address must start with redis:// or rediss://; got ${parsed.protocol}//…`);
}

/** The system's reason for a connection error (`ECONNREFUSED`…), or its message. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') return code === 'ECONNREFUSED' ? 'connection refused' : code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * An error of a connection that is down or could not be made: a system error (`ECONNREFUSED`…),
 * or ioredis's words for a closed connection.
 *
 * @example
 * if (isConnectionError(error)) waitForRedis();
 */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    (typeof code === 'string' && /^E[A-Z]+$/.test(code)) ||
    (error as { name?: unknown })?.name === 'MaxRetriesPerRequestError' ||
    (error instanceof Error && /Connection is closed|Stream isn't writeable/.test(error.message))
  );
}

/**
 * A Redis error as a `CampaignError` naming the server (without its password); other errors as they are.
 *
 * @example
 * try { await redis.ping(); } catch (error) { throw redisFailure(error, url); }
 */
export function redisFailure(error: unknown, url: string): unknown {
  if (error instanceof CampaignError) return error;
  if ((error as { name?: unknown })?.name === 'ReplyError')
    return new CampaignError('redis_unreachable', `Redis at ${redisLabel(url)} refused a command: ${(error as Error).message}`);
  if (!isConnectionError(error)) return error;
  return new CampaignError('redis_unreachable', `Redis at ${redisLabel(url)} could not be reached (${reason(error)})`, { cause: error });
}

/**
 * Connects for a command that runs once: no reconnection, a short connect timeout, and a
 * `CampaignError` (`redis_unreachable`) when Redis is not there.
 *
 * @example
 * const redis = await connectOnce(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
 * try { … } finally { redis.disconnect(); }
 */
export async function connectOnce(url: string): Promise<Redis> {
  checkUrl(url);
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Errors are reported by the commands that meet them; without a listener ioredis would print them.
  // The first says why a connection failed (`connect()` itself only says it is closed).
  let why: unknown;
  redis.on('error', (error: unknown) => {
    why ??= error;
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw redisFailure(why ?? error, url);
  }
  return redis;
}

/** What a lasting connection tells about the link to Redis. */
export type RedisLinkEvent = { readonly kind: 'lost'; readonly reason: string } | { readonly kind: 'back' };

/**
 * Connects for a worker: commands wait while Redis is away (reconnecting every 0.2 to 2 s) and go
 * on when it is back; `onLink` hears when the link is lost and when it is back.
 *
 * @example
 * const redis = connectLasting(url, (event) => console.error(event.kind));
 */
export function connectLasting(url: string, onLink: (event: RedisLinkEvent) => void = () => {}): Redis {
  checkUrl(url);
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  let lost = false;
  redis.on('error', (error: unknown) => {
    if (!lost) onLink({ kind: 'lost', reason: reason(error) });
    lost = true;
  });
  redis.on('ready', () => {
    if (lost) onLink({ kind: 'back' });
    lost = false;
  });
  return redis;
}
