/**
 * `linejsx init`: linejsx in an existing project. It adds what is missing (the tsconfig keys, the
 * vitest setup, a sample design with its test, the dependencies), never overwrites a file, and
 * says what it changed and what is left for the author to do by hand.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScaffoldIo } from './io.ts';
import {
  dependencyRange,
  inWordsOf,
  type PackageJson,
  type PackageManager,
  templateFile,
  templateFiles,
  templatePackageJson,
} from './template.ts';
import { effectiveJsx, includes, readTsconfig, setJson } from './tsconfig-file.ts';

/** Exit codes of `linejsx init`. */
export const INIT_EXIT = { ok: 0, usage: 2 } as const;

const SAMPLE = 'src/messages/Welcome.tsx';
const SETUP = '@linejsx/testing/setup';
const VITEST_CONFIGS = ['vitest.config', 'vite.config'].flatMap((base) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `${base}.${ext}`),
);
// A file that keeps the per-file JSX pragma: the project's TSX is React's, these are linejsx's.
const PRAGMA = '/** @jsxImportSource @linejsx/jsx */\n';

/** What `init` did, line by line. */
interface Report {
  readonly created: string[];
  readonly changed: string[];
  readonly kept: string[];
  readonly todo: string[];
}

/**
 * Adds linejsx to the project in `io.cwd` and reports each change; exit code 2 (nothing done)
 * without a package.json.
 *
 * @example
 * process.exitCode = await initProject(processIo());
 */
export async function initProject(io: ScaffoldIo): Promise<number> {
  const root = io.cwd;
  if (!existsSync(join(root, 'package.json'))) {
    io.stderr(
      `linejsx init: no package.json in ${root}. Run it at the top of your project, or start a new one with npm create linejsx@latest my-bot`,
    );
    return INIT_EXIT.usage;
  }
  const pm = packageManagerIn(root);
  const report: Report = { created: [], changed: [], kept: [], todo: [] };
  const storybook = existsSync(join(root, '.storybook'));
  const pragma = tsconfig(root, report);
  vitest(root, report);
  samples(root, report, pragma, storybook);
  dependencies(root, report, storybook);
  if (pm === 'pnpm') pnpmSettings(root, report);
  print(io, report, pm);
  return INIT_EXIT.ok;
}

/** The tsconfig keys; true when the project's JSX is another runtime's and the samples need the pragma. */
function tsconfig(root: string, report: Report): boolean {
  const path = join(root, 'tsconfig.json');
  if (!existsSync(path)) {
    writeFileSync(path, templateFile('tsconfig.json').text);
    report.created.push('tsconfig.json');
    return false;
  }
  const { jsx, jsxImportSource } = effectiveJsx(path);
  let text = readFileSync(path, 'utf8');
  const set: string[] = [];
  let pragma = false;
  if (jsx === undefined && jsxImportSource === undefined) {
    text = setJson(text, ['compilerOptions', 'jsxImportSource'], '@linejsx/jsx');
    text = setJson(text, ['compilerOptions', 'jsx'], 'react-jsx');
    set.push('compilerOptions.jsx "react-jsx"', 'compilerOptions.jsxImportSource "@linejsx/jsx"');
  } else if (jsxImportSource !== '@linejsx/jsx' || (jsx !== 'react-jsx' && jsx !== 'react-jsxdev')) {
    // Another runtime's TSX (React's, say) stays as it is; linejsx's files say whose they are.
    pragma = true;
    report.todo.push(
      `tsconfig.json: its JSX is ${JSON.stringify(jsx ?? 'unset')} with jsxImportSource ${JSON.stringify(jsxImportSource ?? 'unset')}, left as it is; linejsx designs start with ${PRAGMA.trim()} (the sample does)${jsx === 'preserve' ? ', and need "jsx": "react-jsx": keep them in a folder with a tsconfig.json of its own that sets it' : ''}`,
    );
  }
  const config = readTsconfig(path);
  const include = config.include;
  if ((include && !include.some((pattern) => includes(pattern, SAMPLE))) || (!include && config.files)) {
    text = include ? setJson(text, ['include', include.length], 'src', true) : setJson(text, ['include'], ['src']);
    set.push('include "src"');
  }
  if (set.length > 0) {
    writeFileSync(path, text);
    report.changed.push(`tsconfig.json: ${set.join(', ')}`);
  }
  return pragma;
}

/** The vitest setup: a vitest.config.ts of the template, or what to add to the project's own. */
function vitest(root: string, report: Report): void {
  const existing = VITEST_CONFIGS.find((file) => existsSync(join(root, file)));
  if (!existing) create(root, report, templateFile('vitest.config.ts'));
  else if (!readFileSync(join(root, existing), 'utf8').includes(SETUP))
    report.todo.push(`${existing}: add '${SETUP}' to test.setupFiles (linejsx's matchers and snapshot serializer)`);
}

/** The sample design, its test and snapshot, its story (with Storybook), and the matchers' types. */
function samples(root: string, report: Report, pragma: boolean, storybook: boolean): void {
  const files = templateFiles('npm').filter(
    (file) =>
      (file.path.startsWith('src/messages/') && (storybook || !file.path.endsWith('.stories.tsx'))) || file.path === 'src/testing.d.ts',
  );
  for (const file of files) create(root, report, pragma && file.path.endsWith('.tsx') ? { ...file, text: PRAGMA + file.text } : file);
  if (storybook) report.todo.push(".storybook/main.ts: add '@linejsx/storybook' to addons (on @storybook/html-vite)");
}

function create(root: string, report: Report, file: { readonly path: string; readonly text: string }): void {
  const path = join(root, file.path);
  if (existsSync(path)) {
    report.kept.push(`${file.path} (it exists)`);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  report.created.push(file.path);
}

/** linejsx's packages, vitest and TypeScript in package.json where they are missing, and a test script. */
function dependencies(root: string, report: Report, storybook: boolean): void {
  const path = join(root, 'package.json');
  const text = readFileSync(path, 'utf8');
  const pkg = JSON.parse(text) as PackageJson;
  const template = templatePackageJson();
  const has = (name: string) => name in (pkg.dependencies ?? {}) || name in (pkg.devDependencies ?? {});
  const rangeOf = (name: string) => dependencyRange(name, template.dependencies?.[name] ?? template.devDependencies?.[name] ?? '*');
  const wanted = {
    dependencies: ['@linejsx/jsx'],
    devDependencies: [
      '@linejsx/cli',
      '@linejsx/testing',
      'vitest',
      'typescript',
      '@types/node',
      ...(storybook ? ['@linejsx/storybook'] : []),
    ],
  };
  const added: string[] = [];
  for (const [field, names] of Object.entries(wanted) as [keyof typeof wanted, string[]][]) {
    const missing = names.filter((name) => !has(name));
    if (missing.length === 0) continue;
    pkg[field] = Object.fromEntries(
      Object.entries({ ...pkg[field], ...Object.fromEntries(missing.map((name) => [name, rangeOf(name)])) }).sort(([a], [b]) =>
        a.localeCompare(b),
      ),
    );
    added.push(`${field} ${missing.join(', ')}`);
  }
  const test = pkg.scripts?.test;
  if (test === undefined || /no test specified/.test(test)) {
    pkg.scripts = { ...pkg.scripts, test: 'vitest run' };
    added.push('scripts.test "vitest run"');
  }
  if (added.length === 0) return;
  const indent = /^( +|\t)"/m.exec(text)?.[1] ?? '  ';
  writeFileSync(path, `${JSON.stringify(pkg, null, indent)}\n`);
  report.changed.push(`package.json: ${added.join('; ')}`);
}

/** pnpm runs no dependency's build unless allowed, and fails in CI on one it ignored: esbuild's (under tsx) must be allowed. */
function pnpmSettings(root: string, report: Report): void {
  const path = join(root, 'pnpm-workspace.yaml');
  if (!existsSync(path)) create(root, report, templateFile('pnpm-workspace.yaml', 'pnpm'));
  else if (!/^allowBuilds:\s*\n(?:\s+.*\n)*?\s+esbuild:\s*true\b/m.test(readFileSync(path, 'utf8')))
    report.todo.push('pnpm-workspace.yaml: allow esbuild’s build (allowBuilds: esbuild: true), or pnpm install fails in CI');
}

function print(io: ScaffoldIo, report: Report, pm: PackageManager): void {
  if (report.created.length + report.changed.length + report.todo.length === 0) {
    io.stdout('linejsx init: nothing to change; linejsx is set up here.');
    return;
  }
  const lines = [
    ...report.created.map((line) => `  created  ${line}`),
    ...report.changed.map((line) => `  changed  ${line}`),
    ...report.kept.map((line) => `  kept     ${line}`),
    ...report.todo.map((line) => `  to do    ${line}`),
  ];
  const install = report.changed.some((line) => line.startsWith('package.json')) ? 'npm install, then ' : '';
  io.stdout(
    `linejsx init:\n${lines.join('\n')}\n\nNext: ${inWordsOf(pm, `${install}npm test, and npx linejsx render ${SAMPLE} --pretty`)}`,
  );
}

/** The package manager whose lockfile the project has, npm when none. */
function packageManagerIn(root: string): PackageManager {
  if (existsSync(join(root, 'pnpm-lock.yaml'))) return 'pnpm';
  if (existsSync(join(root, 'yarn.lock'))) return 'yarn';
  return 'npm';
}
