/**
 * Running `linejsx` in tests: `runCli` spawns the real command (bin, tsx, a fresh process), `callCli`
 * calls its `main()` in this process with captured output, for the many cases that only differ in
 * arguments. Both start from an environment without LINE tokens or colour settings.
 */
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '@linejsx/cli';
import type { CliIo } from '../../packages/cli/src/io.ts';
import { styles } from '../../packages/cli/src/style.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `node` arguments that run the `linejsx` bin from this repository's sources, as `pnpm linejsx`
 * does: the "@linejsx/source" condition and tsx. (The built command is tested from packed
 * tarballs, in test/packaging.)
 */
export const DEV_CLI: readonly string[] = [
  '--conditions=@linejsx/source',
  fileURLToPath(new URL('../../scripts/linejsx.mjs', import.meta.url)),
];

/** What a run of the command did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Added to a clean environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Sent to stdin, then closed. */
  readonly input?: string;
  readonly cwd?: string;
}

/** The test process's environment without anything that would change what the command does. */
function cleanEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(LINE_|LINEJSX_|FORCE_COLOR$|NO_COLOR$|VITEST|TSX_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Spawns `node packages/cli/bin/linejsx.mjs ARGS` and resolves when it exits.
 *
 * @example
 * const { code, stdout } = await runCli(['render', 'examples/receipt.tsx']);
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [...DEV_CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs `main(args)` in this process with captured output, as if stdout and stderr were pipes.
 *
 * @example
 * const { code, stderr } = await callCli(['send', 'push', 'x.tsx', '--nope']);
 */
export async function callCli(args: readonly string[], options: CliOptions & { readonly stderrIsTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const env = cleanEnv(options.env);
  const io: CliIo = {
    stdout: (line) => (stdout += `${line}\n`),
    stderr: (line) => (stderr += `${line}\n`),
    write: (text) => (stdout += text),
    writeErr: (text) => (stderr += text),
    env,
    cwd: options.cwd ?? ROOT,
    stderrIsTTY: options.stderrIsTTY ?? false,
    out: styles(false, env),
    err: styles(options.stderrIsTTY ?? false, env),
    stdin: Readable.from([options.input ?? '']),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The JSON a `--json` run printed (its last line of stdout). */
export function jsonOutput(run: CliRun): Record<string, unknown> {
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}
