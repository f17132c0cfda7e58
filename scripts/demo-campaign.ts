/**
 * The demo's last step: a personalised campaign, as a team would run one. Each follower gets an
 * appointment reminder of their own (`examples/appointment-reminder.tsx`, props from a JSON lines
 * file); `linejsx campaign start` queues it in a Redis of its own, two `linejsx campaign worker`
 * processes send it to the emulator, and a progress bar follows it from Redis.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { campaignStatus, connectOnce } from '@linejsx/campaign';
import type { Emulator } from '@linejsx/emulator';
import reminder, { type AppointmentReminderProps } from '../examples/appointment-reminder.tsx';
import type { CliIo } from '../packages/cli/src/io.ts';
import { progressBar } from '../packages/cli/src/progress.ts';
import { count } from '../packages/cli/src/words.ts';
import { startRedisServer } from '../tools/redis-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--conditions=@linejsx/source', join(ROOT, 'scripts/linejsx.mjs')];
const DESIGN = 'examples/appointment-reminder.tsx';
const DOCTORS = ['Dr. Haruka Sato', 'Dr. Kenji Mori', 'Dr. Aiko Tanaka'];
const TREATMENTS = ['Check-up and cleaning', 'Filling', 'Whitening consultation'];

/** Follower `i`'s appointment: their own day, time, doctor and treatment. */
function appointmentOf(i: number): AppointmentReminderProps {
  const { sample } = reminder;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const minutes = 9 * 60 + 30 * (Math.floor(i / 28) % 16);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    ...sample,
    appointment: {
      ...sample.appointment,
      id: `AP-${30000 + i}`,
      at: `2027-01-${day}T${time}`,
      doctor: DOCTORS[i % DOCTORS.length]!,
      treatment: TREATMENTS[i % TREATMENTS.length]!,
    },
  };
}

/** Stops a worker as an operator would (SIGTERM: its jobs in flight end first) and waits for it. */
function stop(worker: ChildProcess): Promise<unknown> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  return exited;
}

/** Runs `linejsx ARGS` to its end; its stdout. */
function linejsx(args: readonly string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`linejsx ${args.join(' ')} exited ${code}:\n${stderr}`)),
    );
  });
}

/**
 * Sends every follower of `emu` their own reminder through two workers, on a Redis of its own
 * (`redisServerAvailable` says whether there is a redis-server to run it on).
 *
 * @example
 * await demoCampaign(io, emu, 'build/campaign');
 */
export async function demoCampaign(io: CliIo, emu: Emulator, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const audience = join(dir, 'reminders.jsonl');
  writeFileSync(audience, `${emu.followers.map((to, i) => JSON.stringify({ to, props: appointmentOf(i) })).join('\n')}\n`);

  const redis = await startRedisServer();
  const workers: ChildProcess[] = [];
  try {
    const env = { REDIS_URL: redis.url, LINE_TOKEN: emu.token, LINE_API_BASE_URL: emu.url };
    const id = (await linejsx(['campaign', 'start', DESIGN, '--audience', audience, '--name', 'Appointment reminders'], env)).trim();
    for (let i = 0; i < 2; i++)
      workers.push(
        spawn(process.execPath, [...CLI, 'campaign', 'worker'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' }),
      );
    const connection = await connectOnce(redis.url);
    const bar = progressBar(io, 'campaign');
    try {
      for (;;) {
        const status = await campaignStatus(connection, id);
        const finished = status.meta.recipients - status.pending;
        bar.update(
          finished,
          status.meta.recipients,
          `${count(finished)}/${count(status.meta.recipients)} reminders · ${count(Math.round(status.rate))}/s · 2 workers`,
        );
        if (status.meta.state === 'done') break;
        if (status.meta.state !== 'running') throw new Error(`campaign ${id} is ${status.meta.state}: ${status.meta.pausedReason ?? ''}`);
        await sleep(200);
      }
    } finally {
      bar.end();
      connection.disconnect();
    }
  } finally {
    await Promise.all(workers.map(stop));
    await redis.stop();
  }
}
