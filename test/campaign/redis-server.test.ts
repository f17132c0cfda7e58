/** The tests' throwaway Redis (tools/redis-server.ts): it never outlives the process that started it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pings } from '../../tools/redis-server.ts';
import { ROOT } from '../support/cli.ts';
import { REDIS_MISSING, redisAvailable } from '../support/redis.ts';
import { describeWhen } from '../support/skip.ts';

describeWhen(redisAvailable, REDIS_MISSING, 'a throwaway Redis', () => {
  it('is stopped when its process exits without stop() (a failed test)', async () => {
    const dir = join(ROOT, 'test/.tmp/redis-server');
    mkdirSync(dir, { recursive: true });
    const script = join(dir, 'exit-without-stop.mts');
    const tool = JSON.stringify(join(ROOT, 'tools/redis-server.ts'));
    writeFileSync(
      script,
      `import { startRedisServer } from ${tool};\nconst redis = await startRedisServer();\nconsole.log(redis.port);\nprocess.exit(1);\n`,
    );
    const ran = spawnSync(process.execPath, ['--conditions=@linejsx/source', '--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8' });
    const port = Number(ran.stdout.trim());
    expect(port, ran.stderr).toBeGreaterThan(0);
    await expect.poll(() => pings(port), { timeout: 5_000 }).toBe(false);
  });
});
