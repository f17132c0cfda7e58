/**
 * A real Redis for the campaign tests: Debian's `redis-server`, started on a free port with AOF on
 * in a temporary directory, stopped (and its directory removed) after the file. `stop()` and
 * `start()` in between act out an outage; `kill()` a crash (SIGKILL) that restarts from the AOF.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';

/** Debian's package (`apt-get install redis-server`); `LINEJSX_REDIS_SERVER` points elsewhere. */
export const REDIS_SERVER = process.env.LINEJSX_REDIS_SERVER ?? '/usr/bin/redis-server';
export const redisAvailable = existsSync(REDIS_SERVER);
export const REDIS_MISSING = `${REDIS_SERVER} not found: the campaign tests are skipped (apt-get install redis-server)`;

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when Redis on `port` answers PING. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect(port, '127.0.0.1');
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

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Starts the server (again): same port, same directory, so it loads its AOF. */
  start(): Promise<void>;
  /** Stops it as an operator would (SIGTERM: it writes its AOF and exits). */
  stop(): Promise<void>;
  /** Kills it (SIGKILL): what the AOF had on disk is all that survives. */
  kill(): Promise<void>;
}

/**
 * Starts a Redis for this test file and stops it after.
 *
 * @example
 * const redis = useRedis();
 * it('…', async () => { … redis.url … });
 */
export function useRedis(): TestRedis {
  let child: ChildProcess | undefined;
  let port = 0;
  const dir = mkdtempSync(join(tmpdir(), 'linejsx-redis-'));

  async function start(): Promise<void> {
    if (!port) port = await freePort();
    child = spawn(
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
    const deadline = Date.now() + 10_000;
    while (!(await pings(port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
      await sleep(25);
    }
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  }

  const redis: TestRedis = {
    get url() {
      return `redis://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    dir,
    start,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
  beforeAll(start, 15_000);
  afterAll(async () => {
    await end('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  return redis;
}
