/**
 * `npm create linejsx` from the sources, without installing (test/packaging installs a created
 * project from packed tarballs and runs its scripts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINEJSX_VERSION, main, type ScaffoldIo, templateFiles } from 'create-linejsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'create-linejsx-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function create(args: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: ScaffoldIo = { stdout: (line) => (stdout += `${line}\n`), stderr: (line) => (stderr += `${line}\n`), env, cwd: dir };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const workspace = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('npm create linejsx DIR --no-install', () => {
  it('writes the template, with .gitignore, the name and linejsx’s versions in package.json', async () => {
    const run = await create(['my-bot', '--no-install']);
    expect(run.code).toBe(0);
    for (const file of templateFiles('npm')) expect(read(`my-bot/${file.path}`)).toBe(file.text);
    expect(existsSync(join(dir, 'my-bot/.gitignore'))).toBe(true);
    expect(existsSync(join(dir, 'my-bot/_gitignore'))).toBe(false);
    const pkg = JSON.parse(read('my-bot/package.json')) as Record<string, Record<string, string>>;
    expect(pkg.name).toBe('my-bot');
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const linejsx = Object.entries(deps).filter(([name]) => name.startsWith('@linejsx/'));
    expect(linejsx.map(([name]) => name).sort()).toEqual([
      '@linejsx/cli',
      '@linejsx/jsx',
      '@linejsx/send',
      '@linejsx/storybook',
      '@linejsx/testing',
    ]);
    for (const [, range] of linejsx) expect(range).toBe(`^${LINEJSX_VERSION}`);
    expect(Object.keys(pkg.scripts!)).toEqual(expect.arrayContaining(['test', 'storybook', 'build-storybook', 'dev', 'send']));
    expect(run.stdout).toContain('Created my-bot in my-bot:');
    expect(run.stdout).toContain('  src/messages/Welcome.tsx');
    expect(run.stdout).toMatch(/Next:\n {2}cd my-bot\n {2}npm install\n {2}npm test\n {2}npm run dev/);
  });

  it('depends on the versions of the packages of this workspace, and on the third-party versions it is tested with', () => {
    for (const name of ['cli', 'jsx', 'send', 'storybook', 'testing']) {
      const pkg = JSON.parse(readFileSync(new URL(`../../packages/${name}/package.json`, import.meta.url), 'utf8')) as { version: string };
      expect(pkg.version, name).toBe(LINEJSX_VERSION);
    }
    const template = JSON.parse(
      readFileSync(new URL('../../packages/create-linejsx/template/package.json', import.meta.url), 'utf8'),
    ) as Record<string, Record<string, string>>;
    for (const [name, range] of Object.entries({ ...template.dependencies, ...template.devDependencies })) {
      if (name.startsWith('@linejsx/')) continue;
      const tested = workspace.devDependencies[name];
      expect(tested, `${name} is not a devDependency of the workspace: the template would use an untested version`).toBeDefined();
      expect([tested, `^${tested}`], name).toContain(range);
    }
  });

  it('gives a pnpm project the settings pnpm needs to install it in CI (esbuild’s build allowed), and no other project', async () => {
    expect((await create(['p-bot', '--pm', 'pnpm', '--no-install'])).code).toBe(0);
    expect(read('p-bot/pnpm-workspace.yaml')).toMatch(/^allowBuilds:\n {2}esbuild: true$/m);
    expect((await create(['n-bot', '--pm', 'npm', '--no-install'])).code).toBe(0);
    expect(existsSync(join(dir, 'n-bot/pnpm-workspace.yaml'))).toBe(false);
  });

  it('writes its commands in the words of the package manager it is run with, or of --pm', async () => {
    expect((await create(['a-bot', '--no-install'], { npm_config_user_agent: 'pnpm/12.4.2 npm/? node/v20.20.2 linux x64' })).code).toBe(0);
    expect(read('a-bot/README.md')).toContain('`pnpm dev`');
    expect(read('a-bot/README.md')).toContain('`pnpm send --emulator`');
    expect(read('a-bot/README.md')).toContain('`pnpm exec linejsx render');
    const yarn = await create(['b-bot', '--pm', 'yarn', '--no-install']);
    expect(read('b-bot/README.md')).toContain('`yarn test`');
    expect(yarn.stdout).toContain('  yarn install\n');
  });

  it('takes an empty directory that exists', async () => {
    mkdirSync(join(dir, 'empty'));
    expect((await create(['empty', '--no-install'])).code).toBe(0);
  });
});

describe('npm create linejsx refuses, writing nothing', () => {
  it('a directory that is not empty', async () => {
    mkdirSync(join(dir, 'busy'));
    writeFileSync(join(dir, 'busy/notes.txt'), 'mine');
    const run = await create(['busy', '--no-install']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('busy is not empty (1 entry: notes.txt); choose a new directory, or run `npx @linejsx/cli init` there');
    expect(readdirSync(join(dir, 'busy'))).toEqual(['notes.txt']);
  });

  it('a name npm would not take as a package name', async () => {
    for (const [name, why] of [
      ['My Bot', 'has capital letters or characters npm does not allow'],
      ['.hidden', 'starts with a dot'],
      ['http', "is the name of Node's own module http"],
      ['node_modules', 'is a name npm reserves'],
    ] as const) {
      const run = await create([name, '--no-install']);
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(`"${name}" can not be the project's package name: it ${why}`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file in the directory’s place, and wrong usage', async () => {
    writeFileSync(join(dir, 'file'), '');
    expect((await create(['file', '--no-install'])).stderr).toContain('is a file, not a directory');
    expect((await create([])).stderr).toContain('which directory? npm create linejsx@latest my-bot');
    expect((await create(['x', '--pm', 'bun'])).stderr).toContain('--pm is npm, pnpm or yarn; got bun');
    const unknown = await create(['x', '--instal']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--instal' \(create-linejsx --help\)/);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('answers --help and --version', async () => {
    expect((await create(['--help'])).stdout).toContain('Usage: npm create linejsx@latest DIRECTORY');
    expect((await create(['--version'])).stdout).toBe(`${LINEJSX_VERSION}\n`);
  });
});
