/** A folder under test/.tmp for one test file, made at once and removed after the file's tests. */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './cli.ts';

/**
 * `test/.tmp/NAME`: `path` absolute, `relative` to the repository (as a command run there names it).
 * Inside the repository, so that a design written there imports `@linejsx/jsx` as the examples do.
 *
 * @example
 * const dir = tempDir('exit-codes');
 * writeFileSync(join(dir.path, 'empty.txt'), '');
 */
export function tempDir(name: string): { readonly path: string; readonly relative: string } {
  const relative = `test/.tmp/${name}`;
  const path = join(ROOT, relative);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  afterAll(() => rmSync(path, { recursive: true, force: true }));
  return { path, relative };
}
