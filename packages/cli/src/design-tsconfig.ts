/**
 * The TypeScript loader for users' designs. The command itself is compiled JavaScript; only a
 * design written in TSX (or TS, JSX) needs a loader, so tsx is registered the first time one is
 * loaded, with a tsconfig that extends the project's and sets linejsx's dev JSX runtime: every
 * element then knows its TSX file and line, and a problem can point at it.
 */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';

function nearest(dir: string, name: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, name))) return join(current, name);
    if (dirname(current) === current) return undefined;
  }
}

/** Writes (once per content) a tsconfig extending the project's, and returns its path. */
export function designTsconfig(cwd: string): string {
  const base = nearest(cwd, 'tsconfig.json');
  const root = parse(cwd).root.replaceAll('\\', '/');
  const config = {
    ...(base ? { extends: base } : {}),
    compilerOptions: { jsx: 'react-jsxdev', jsxImportSource: '@linejsx/jsx' },
    // Every file, wherever it is: a design may live outside the project's include list, or in a
    // dot-directory, which a plain ** skips (as TypeScript does).
    include: [`${root}**/*`, `${root}**/.*/**/*`],
    exclude: [],
  };
  const text = JSON.stringify(config, null, 2);
  const file = join(tmpdir(), `linejsx-tsconfig-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`);
  if (!existsSync(file)) {
    // Written under another name first, so that a process starting at the same time never reads half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return file;
}

let registered: Promise<void> | undefined;

/**
 * Registers tsx for ES module designs, once per process; TSX_TSCONFIG_PATH is where tsx (and its
 * CommonJS loader, which loads designs of CommonJS packages) reads the compiler options.
 */
export function registerDesignLoader(cwd: string): Promise<void> {
  // Already there when the command runs from this repository's sources (scripts/linejsx.mjs).
  if (process.env.LINEJSX_DESIGN_LOADER === 'registered') return Promise.resolve();
  registered ??= (async () => {
    const tsconfig = designTsconfig(cwd);
    process.env.TSX_TSCONFIG_PATH = tsconfig;
    const { register } = await import('tsx/esm/api');
    register({ tsconfig });
  })();
  return registered;
}
