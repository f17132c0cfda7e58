/**
 * Campaign workers as users run them: the built `linejsx` command (`packages/cli/bin`, dist/, as
 * npm installs it; `buildPackages()` builds it), `campaign worker` processes measured from outside
 * through /proc (Linux): CPU (user + system) from when they are ready to when the campaign is
 * done, and peak RSS (`VmHWM`). Nothing in the worker is instrumented.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The command as installed: compiled JavaScript, no source condition. */
export const LINEJSX = `${ROOT}packages/cli/bin/linejsx.mjs`;

/** `tsc -b tsconfig.build.json` (incremental): every package's dist/, what `LINEJSX` runs. */
export function buildPackages(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc', { paths: [ROOT] });
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU time of a process so far, µs (`utime` + `stime` of /proc/PID/stat). */
function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS) * 1_000_000;
}

/** Peak resident memory of a process so far, bytes (`VmHWM` of /proc/PID/status). */
function peakRssOf(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

export interface Workers {
  /** Their CPU since they were ready, µs, summed. */
  cpu(): number;
  /** The largest peak RSS among them, bytes. */
  peakRss(): number;
  /** SIGTERM, and wait for each to exit. */
  stop(): Promise<void>;
}

/** Starts `n` workers with `env` and resolves once each says it is waiting for campaigns. */
export async function startWorkers(n: number, env: Readonly<Record<string, string>>): Promise<Workers> {
  const children: ChildProcess[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [LINEJSX, 'campaign', 'worker'], {
            cwd: ROOT,
            env: { ...process.env, ...env },
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          children.push(child);
          let stderr = '';
          child.stderr!.on('data', (chunk: Buffer) => {
            stderr += chunk.toString('utf8');
            if (stderr.includes('waiting for campaigns')) resolve();
          });
          child.once('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready:\n${stderr}`)));
        }),
    ),
  );
  const baseline = children.map((child) => cpuOf(child.pid!));
  return {
    cpu: () => children.reduce((sum, child, i) => sum + cpuOf(child.pid!) - baseline[i]!, 0),
    peakRss: () => Math.max(...children.map((child) => peakRssOf(child.pid!))),
    async stop() {
      await Promise.all(
        children.map((child) => {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          return exited;
        }),
      );
    },
  };
}
