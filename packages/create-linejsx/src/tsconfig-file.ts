/**
 * Reading and editing a project's tsconfig.json as its author wrote it: JSON with comments, where
 * an edit keeps every comment and the layout (jsonc-parser, the parser of VS Code).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import jsonc from 'jsonc-parser';

export interface TsconfigJson {
  extends?: string | string[];
  compilerOptions?: Record<string, unknown>;
  include?: string[];
  files?: string[];
}

/** A tsconfig file's content (comments and trailing commas allowed). */
export function readTsconfig(path: string): TsconfigJson {
  return (jsonc.parse(readFileSync(path, 'utf8'), [], { allowTrailingComma: true }) ?? {}) as TsconfigJson;
}

/**
 * The JSX settings `path` ends up with, following `extends` (relative files and packages).
 *
 * @example
 * effectiveJsx('tsconfig.json'); // { jsx: 'react-jsx', jsxImportSource: 'react' } in a React app
 */
export function effectiveJsx(path: string, seen = new Set<string>()): { jsx?: unknown; jsxImportSource?: unknown } {
  seen.add(path);
  const config = readTsconfig(path);
  let inherited = {};
  for (const base of [config.extends ?? []].flat()) {
    const basePath = resolveExtends(base, dirname(path));
    if (basePath && !seen.has(basePath)) inherited = { ...inherited, ...effectiveJsx(basePath, seen) };
  }
  const own = config.compilerOptions ?? {};
  return {
    ...inherited,
    ...('jsx' in own ? { jsx: own.jsx } : {}),
    ...('jsxImportSource' in own ? { jsxImportSource: own.jsxImportSource } : {}),
  };
}

function resolveExtends(spec: string, dir: string): string | undefined {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const path = resolve(dir, spec);
    return [path, `${path}.json`].find((candidate) => existsSync(candidate));
  }
  const require = createRequire(join(dir, 'tsconfig.json'));
  for (const candidate of [spec, `${spec}.json`, `${spec}/tsconfig.json`]) {
    try {
      return require.resolve(candidate);
    } catch {}
  }
  return undefined;
}

/**
 * Whether a TypeScript `include` pattern takes `file` (a path from the tsconfig's folder, with `/`).
 *
 * @example
 * includes('src/**\/*', 'src/messages/Welcome.tsx'); // true
 */
export function includes(pattern: string, file: string): boolean {
  const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return true;
  const parts = p.split('/');
  // A folder without wildcards takes everything under it.
  if (!/[*?]/.test(p) && !/\.\w+$/.test(parts[parts.length - 1]!)) return file.startsWith(`${p}/`);
  const source = parts
    .map((part, i) => {
      const last = i === parts.length - 1;
      if (part === '**') return last ? '.*' : '(?:[^/]+/)*';
      const glob = part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
      return last ? glob : `${glob}/`;
    })
    .join('');
  return new RegExp(`^${source}$`).test(file);
}

/**
 * `text` with `value` set at `path` (a new key first in its object; or, for `insert`, added to the
 * array at `path`), its comments and layout kept.
 *
 * @example
 * setJson(text, ['compilerOptions', 'jsx'], 'react-jsx');
 */
export function setJson(text: string, path: (string | number)[], value: unknown, insert = false): string {
  const indent = /^( +|\t)"/m.exec(text)?.[1] ?? '  ';
  const edits = jsonc.modify(text, path, value, {
    isArrayInsertion: insert,
    // A new key goes first: after the last one, it would come between that key and its trailing comment.
    getInsertionIndex: () => 0,
    formattingOptions: {
      insertSpaces: indent !== '\t',
      tabSize: indent === '\t' ? 1 : indent.length,
      eol: text.includes('\r\n') ? '\r\n' : '\n',
    },
  });
  return jsonc.applyEdits(text, edits);
}
