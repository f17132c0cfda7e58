// The tsconfig designs are compiled with: the nearest tsconfig.json of the current directory,
// with JSX set to linejsx's dev runtime, so that every element knows its TSX file and line and a
// problem can point at it. Plain .mjs: it runs before tsx is registered.
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';

function nearest(dir, name) {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, name))) return join(current, name);
    if (dirname(current) === current) return undefined;
  }
}

/** Writes (once per content) a tsconfig extending the project's, and returns its path. */
export function designTsconfig(cwd) {
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
