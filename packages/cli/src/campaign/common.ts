/**
 * What the `campaign` subcommands share: where Redis is (`--redis`, `REDIS_URL`), the campaign ID
 * argument and the channel. Light on purpose: workers load it, and nothing of designs.
 */
import { CAMPAIGN_ID, connectOnce, DEFAULT_REDIS_URL, type Redis, redisFailure } from '@linejsx/campaign';
import { UsageError } from '../errors.ts';
import type { CliIo } from '../io.ts';

export const REDIS_OPTIONS = { redis: { type: 'string' } } as const;

export const REDIS_HELP = `  --redis URL          the Redis that holds campaigns (default: REDIS_URL, else ${DEFAULT_REDIS_URL})`;

/** `--redis`, else `REDIS_URL`, else Redis on this machine. */
export function redisUrl(io: CliIo, flag: string | undefined): string {
  return flag ?? (io.env.REDIS_URL || DEFAULT_REDIS_URL);
}

/**
 * Runs `use` with a connection to Redis that fails at once when Redis is not there; Redis errors
 * become `CampaignError`s (exit code 6) that name the server without its password.
 *
 * @example
 * await withRedis(io, values.redis, (redis) => pauseCampaign(redis, id));
 */
export async function withRedis<T>(io: CliIo, flag: string | undefined, use: (redis: Redis) => Promise<T>): Promise<T> {
  const url = redisUrl(io, flag);
  const redis = await connectOnce(url);
  try {
    return await use(redis);
  } catch (error) {
    throw redisFailure(error, url);
  } finally {
    redis.disconnect();
  }
}

/** The one campaign ID a command takes. */
export function campaignIdOf(positionals: readonly string[], command: string): string {
  if (positionals.length === 1) {
    const id = positionals[0]!;
    if (!CAMPAIGN_ID.test(id))
      throw new UsageError(
        `${JSON.stringify(id)} is not a campaign ID; they look like 20261207-025012-k3f9 (campaign start prints it)`,
        command,
      );
    return id;
  }
  if (positionals.length === 0) throw new UsageError(`which campaign? linejsx ${command} ID (linejsx campaign start printed it)`, command);
  throw new UsageError(`one campaign ID, please; got ${positionals.join(' ')}`, command);
}

/** Channel IDs are data in messages and job data: letters, digits, `-` and `_`. */
const CHANNEL = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The channel: `--channel`, else `LINE_CHANNEL_ID`, else `emulator` with `--emulator`, else `default`.
 *
 * @example
 * channelOf(io, values.channel, false, 'campaign start'); // 'default'
 */
export function channelOf(io: CliIo, flag: string | undefined, emulator: boolean, command: string): string {
  const channel = flag ?? (io.env.LINE_CHANNEL_ID || (emulator ? 'emulator' : 'default'));
  if (!CHANNEL.test(channel))
    throw new UsageError(
      `${flag !== undefined ? '--channel' : 'LINE_CHANNEL_ID'} is a channel ID: letters, digits, - and _ (such as 1657123456); got ${JSON.stringify(channel)}`,
      command,
    );
  return channel;
}
