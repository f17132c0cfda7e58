/**
 * Commands of the packaging test, run as a user runs them: in a clean environment (nothing of this
 * workspace's pnpm, vitest or node_modules/.bin leaks in), with their output kept for the failure
 * message, and a time limit.
 */
import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';

/** What a command did. */
export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a user's shell: this process's, without what `npm test` (pnpm, vitest, tsx)
 * added, with CI set (vitest then compares snapshots and never writes them) and no telemetry.
 */
export function userEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (
      value !== undefined &&
      !/^(npm_|NPM_|PNPM_|pnpm_|NODE_OPTIONS$|NODE_ENV$|VITEST|TSX_|LINE_|LINEJSX_|INIT_CWD$|FORCE_COLOR$|NO_COLOR$)/.test(key)
    )
      env[key] = value;
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter);
  return { ...env, CI: 'true', STORYBOOK_DISABLE_TELEMETRY: '1', NO_UPDATE_NOTIFIER: '1' };
}

/**
 * Runs `command args` in `cwd` and resolves when it exits; a command still running after
 * `timeout` ms is killed and resolves with code null.
 *
 * @example
 * const { code, stdout } = await run('npm', ['test'], { cwd: app });
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeout?: number; env?: Record<string, string> },
): Promise<Ran> {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...userEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A command's output for an assertion's message. */
export function shown(ran: Ran): string {
  return `exit ${ran.code}\n--- stdout\n${ran.stdout.slice(-4000)}\n--- stderr\n${ran.stderr.slice(-4000)}`;
}
