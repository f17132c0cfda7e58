/**
 * Optional peer dependencies of the CLI: packages only some commands need (playwright-core for
 * --png, @linejsx/campaign for `linejsx campaign`), loaded when those commands run. Missing, they
 * are a usage error that says what to install, not a stack trace.
 */
import { UsageError } from './errors.ts';

/**
 * Runs `load` (a dynamic import that reaches `pkg`); if `pkg` is not installed, throws a
 * `UsageError` with `hint`. Any other failure, including a missing module inside `pkg`, is rethrown.
 *
 * @example
 * const { chromium } = await loadOptional(() => import('playwright-core'), 'playwright-core', 'preview', 'npm install --save-dev playwright-core');
 */
export async function loadOptional<T>(load: () => Promise<T>, pkg: string, command: string, hint: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code !== 'ERR_MODULE_NOT_FOUND' || !message.includes(`'${pkg}'`)) throw error;
    throw new UsageError(hint, command);
  }
}
