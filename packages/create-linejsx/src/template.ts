/**
 * The project template (`template/` of this package, real files that linejsx's repository lints
 * and type-checks): which files a project gets, its package.json with linejsx's versions, and the
 * commands of each package manager.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The template folder, next to src/ and dist/ alike. */
export const TEMPLATE_DIR = fileURLToPath(new URL('../template/', import.meta.url));

/**
 * The version of every linejsx package this scaffolder belongs to: linejsx's packages are released
 * together, at one version (docs/releasing.md), so create-linejsx's own is theirs.
 */
export const LINEJSX_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export type PackageManager = 'npm' | 'pnpm' | 'yarn';
export const PACKAGE_MANAGERS: readonly PackageManager[] = ['npm', 'pnpm', 'yarn'];

/** A file of the template: where it goes in the project, and its text. */
export interface TemplateFile {
  /** The path in the project, with `/` (`src/messages/Welcome.tsx`, `.gitignore`). */
  readonly path: string;
  readonly text: string;
}

/**
 * npm leaves `.gitignore` files out of packages, so the template's is `_gitignore`; a
 * `pnpm-workspace.yaml` in the template folder would be taken for one of linejsx's own.
 */
const RENAMED: Readonly<Record<string, string>> = { _gitignore: '.gitignore', '_pnpm-workspace.yaml': 'pnpm-workspace.yaml' };

/** Files that only a project of one package manager gets: pnpm's settings (which builds it allows). */
const ONLY_FOR: Readonly<Record<string, PackageManager>> = { 'pnpm-workspace.yaml': 'pnpm' };

/**
 * Every file of the template but package.json (which `projectPackageJson` writes), with the
 * commands of its README in `pm`'s words.
 *
 * @example
 * for (const file of templateFiles('pnpm')) writeFileSync(join(dir, file.path), file.text);
 */
export function templateFiles(pm: PackageManager): TemplateFile[] {
  return walk('')
    .filter((relative) => relative !== 'package.json')
    .map((relative) => {
      const text = readFileSync(join(TEMPLATE_DIR, relative), 'utf8');
      return { path: RENAMED[relative] ?? relative, text: relative.endsWith('.md') ? inWordsOf(pm, text) : text };
    })
    .filter((file) => (ONLY_FOR[file.path] ?? pm) === pm)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The template's files under `dir`, as paths with `/`. */
function walk(dir: string): string[] {
  return readdirSync(join(TEMPLATE_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** One file of the template by its path in the project. */
export function templateFile(path: string, pm: PackageManager = 'npm'): TemplateFile {
  const file = templateFiles(pm).find((f) => f.path === path);
  if (!file) throw new Error(`the template has no ${path}`);
  return file;
}

/** The template's package.json as an object. */
export function templatePackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(TEMPLATE_DIR, 'package.json'), 'utf8')) as PackageJson;
}

export interface PackageJson {
  name?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * The version range a project depends on linejsx package `name` with, or the template's range of
 * a third-party package.
 *
 * @example
 * dependencyRange('@linejsx/jsx'); // '^0.1.0'
 */
export function dependencyRange(name: string, range: string): string {
  return name.startsWith('@linejsx/') ? `^${LINEJSX_VERSION}` : range;
}

/**
 * The new project's package.json: the template's, named `name`, with linejsx's packages at this
 * release's version.
 *
 * @example
 * projectPackageJson('my-bot').dependencies; // { '@linejsx/jsx': '^0.1.0', '@linejsx/send': '^0.1.0', tsx: '^4.23.15' }
 */
export function projectPackageJson(name: string): PackageJson {
  const pkg = templatePackageJson();
  const ranges = (deps: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(deps).map(([dep, range]) => [dep, dependencyRange(dep, range)]));
  return { ...pkg, name, dependencies: ranges(pkg.dependencies), devDependencies: ranges(pkg.devDependencies) };
}

/**
 * How `pm` says what the README says with npm: `npm run dev`, `npm test`, `npx linejsx`.
 *
 * @example
 * inWordsOf('pnpm', '`npm run send -- --emulator`'); // '`pnpm send --emulator`'
 */
export function inWordsOf(pm: PackageManager, text: string): string {
  if (pm === 'npm') return text;
  return text
    .replace(/\bnpm run (\S+) -- /g, `${pm} $1 `)
    .replace(/\bnpm run /g, `${pm} `)
    .replace(/\bnpm (test|start|install)\b/g, `${pm} $1`)
    .replace(/\bnpx /g, pm === 'pnpm' ? 'pnpm exec ' : 'yarn ');
}
