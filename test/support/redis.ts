/** One real Redis per campaign test file (`tools/redis-server.ts`), started before it and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import { REDIS_MISSING as MISSING, type RedisServer, redisServerAvailable, startRedisServer } from '../../tools/redis-server.ts';

export { freePort } from '@linejsx/emulator';
export const redisAvailable = redisServerAvailable;
export const REDIS_MISSING = `${MISSING}: the campaign tests are skipped`;

/**
 * The Redis of this test file: AOF on, a free port, a temporary directory.
 *
 * @example
 * const redis = useRedis();
 * it('…', async () => { … redis.url … await redis.kill(); await redis.restart(); … });
 */
export function useRedis(): RedisServer {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  }, 15_000);
  afterAll(() => server?.stop());
  const current = () => {
    if (!server) throw new Error('Redis is not started yet');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get port() {
      return current().port;
    },
    get dir() {
      return current().dir;
    },
    restart: () => current().restart(),
    pause: () => current().pause(),
    kill: () => current().kill(),
    stop: () => current().stop(),
  };
}
