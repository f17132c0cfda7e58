/** Running the package manager's install in a project, in the same terminal. */
import { spawn } from 'node:child_process';
import type { PackageManager } from './template.ts';

/**
 * Runs `pm install` in `dir` with the output on this terminal; resolves to its exit code (127 when
 * the package manager is not there).
 *
 * @example
 * if ((await install('pnpm', dir)) !== 0) io.stderr('the install failed');
 */
export function install(pm: PackageManager, dir: string): Promise<number> {
  // Package managers are .cmd files on Windows, which only a shell runs.
  const child = spawn(pm, ['install'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
  return new Promise((resolve) => {
    child.once('error', () => resolve(127));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * The package manager a command was started with (`npm create`, `pnpm create`, `yarn create` set
 * `npm_config_user_agent`), npm when unknown.
 *
 * @example
 * packageManagerOf(process.env); // 'pnpm' under `pnpm create linejsx`
 */
export function packageManagerOf(env: Readonly<Record<string, string | undefined>>): PackageManager {
  const agent = env.npm_config_user_agent ?? '';
  if (agent.startsWith('pnpm/')) return 'pnpm';
  if (agent.startsWith('yarn/')) return 'yarn';
  return 'npm';
}
