/**
 * A throwaway Redis for the campaign tests, the demo and the benchmarks: Debian's `redis-server`
 * on a free port of 127.0.0.1, AOF on, in a temporary directory of its own. Whoever starts one
 * stops it (`stop()` also removes its directory); `restart()` and `kill()` act out an outage and
 * a crash.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@linejsx/emulator';

/** Debian's package (`apt-get install redis-server`); `LINEJSX_REDIS_SERVER` points elsewhere. */
export const REDIS_SERVER = process.env.LINEJSX_REDIS_SERVER ?? '/usr/bin/redis-server';
export const redisServerAvailable = existsSync(REDIS_SERVER);
/** Said by whatever skips for want of it. */
export const REDIS_MISSING = `${REDIS_SERVER} not found (apt-get install redis-server, or set LINEJSX_REDIS_SERVER)`;

/** True when Redis on `port` answers PING. */
export function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(500, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.end();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Where its AOF is. */
  readonly dir: string;
  /** Starts it again after `pause()` or `kill()`: same port, same directory, so it loads its AOF. */
  restart(): Promise<void>;
  /** Stops it as an operator would (SIGTERM: it writes its AOF and exits), to `restart()` later. */
  pause(): Promise<void>;
  /** Kills it (SIGKILL): what the AOF had on disk is all that survives a `restart()`. */
  kill(): Promise<void>;
  /** Stops it for good and removes its directory. */
  stop(): Promise<void>;
}

/**
 * Starts a Redis of its own, and resolves once it answers.
 *
 * @example
 * const redis = await startRedisServer();
 * try { … redis.url … } finally { await redis.stop(); }
 */
export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'linejsx-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const running = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--save',
        '',
        '--daemonize',
        'no',
        '--logfile',
        '',
      ],
      { stdio: 'ignore' },
    );
    child = running;
    const deadline = Date.now() + 10_000;
    while (!(await pings(port))) {
      if (running.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
      await sleep(25);
    }
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  }

  await start();
  // A process that ends without stop() (a failed test, a timeout) takes its Redis with it.
  const orphaned = () => child?.kill('SIGKILL');
  process.once('exit', orphaned);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    restart: start,
    pause: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async stop() {
      process.off('exit', orphaned);
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
