/** `linejsx init` in existing projects: what it adds, what it leaves alone, and what it says. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LINEJSX_VERSION, templateFiles } from 'create-linejsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCli } from '../support/cli.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linejsx-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
const init = () => callCli(['init'], { cwd: dir });
const template = (path: string) => templateFiles('npm').find((file) => file.path === path)!.text;

describe('linejsx init', () => {
  it('sets up a project that has only a package.json, and says what it did', async () => {
    write({ 'package.json': '{\n    "name": "shop",\n    "scripts": { "test": "echo \\"Error: no test specified\\" && exit 1" }\n}\n' });
    const run = await init();
    expect(run.code).toBe(0);
    expect(read('tsconfig.json')).toBe(template('tsconfig.json'));
    expect(read('vitest.config.ts')).toBe(template('vitest.config.ts'));
    for (const path of ['src/messages/Welcome.tsx', 'src/messages/Welcome.test.tsx', 'src/testing.d.ts'])
      expect(read(path)).toBe(template(path));
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
    expect(pkg.dependencies).toEqual({ '@linejsx/jsx': `^${LINEJSX_VERSION}` });
    expect(Object.keys(pkg.devDependencies!)).toEqual(['@linejsx/cli', '@linejsx/testing', '@types/node', 'typescript', 'vitest']);
    expect(pkg.scripts!.test).toBe('vitest run');
    expect(read('package.json')).toMatch(/^ {4}"name"/m); // its indentation kept
    expect(run.stdout).toContain('  created  src/messages/Welcome.tsx');
    expect(run.stdout).toContain('  changed  package.json: dependencies @linejsx/jsx; devDependencies @linejsx/cli');
    expect(run.stdout).toContain('Next: npm install, then npm test, and npx linejsx render src/messages/Welcome.tsx --pretty');
    expect(run.stdout).not.toContain('Welcome.stories.tsx'); // no Storybook here

    // Run again: nothing is overwritten, nothing is left to do.
    writeFileSync(join(dir, 'src/messages/Welcome.tsx'), '// mine\n');
    const again = await init();
    expect(again.stdout).toBe('linejsx init: nothing to change; linejsx is set up here.\n');
    expect(read('src/messages/Welcome.tsx')).toBe('// mine\n');
  });

  it('adds the JSX keys to a tsconfig with comments, keeps them, and widens an include that misses the sample', async () => {
    const tsconfig = `{
  // the server
  "compilerOptions": {
    "strict": true, // always
  },
  "include": ["lib"],
}
`;
    write({ 'package.json': '{"name":"api","devDependencies":{"vitest":"^4.1.0"}}', 'tsconfig.json': tsconfig, 'pnpm-lock.yaml': '' });
    const run = await init();
    const text = read('tsconfig.json');
    expect(text).toContain('// the server');
    expect(text).toContain('"strict": true, // always');
    expect(text).toMatch(/"jsx": "react-jsx",\s*"jsxImportSource": "@linejsx\/jsx"/);
    expect(text).toMatch(/"include": \[\s*"lib",\s*"src"\s*\]/);
    expect(run.stdout).toContain(
      '  changed  tsconfig.json: compilerOptions.jsx "react-jsx", compilerOptions.jsxImportSource "@linejsx/jsx", include "src"',
    );
    expect(run.stdout).toContain('Next: pnpm install, then pnpm test');
    expect(JSON.parse(read('package.json')).devDependencies.vitest).toBe('^4.1.0'); // theirs kept
  });

  it('gives a pnpm project the allowBuilds pnpm needs in CI for esbuild (under tsx), or says what to add to its own', async () => {
    write({ 'package.json': '{"name":"api"}', 'pnpm-lock.yaml': '' });
    const run = await init();
    expect(read('pnpm-workspace.yaml')).toBe(templateFiles('pnpm').find((file) => file.path === 'pnpm-workspace.yaml')!.text);
    expect(run.stdout).toContain('  created  pnpm-workspace.yaml');
    expect((await init()).stdout).toBe('linejsx init: nothing to change; linejsx is set up here.\n');

    const theirs = 'packages:\n  - apps/*\n';
    write({ 'pnpm-workspace.yaml': theirs });
    expect((await init()).stdout).toContain('  to do    pnpm-workspace.yaml: allow esbuild’s build (allowBuilds: esbuild: true)');
    expect(read('pnpm-workspace.yaml')).toBe(theirs);

    // npm projects get no pnpm settings.
    rmSync(join(dir, 'pnpm-workspace.yaml'));
    rmSync(join(dir, 'pnpm-lock.yaml'));
    expect((await init()).stdout).not.toContain('pnpm-workspace.yaml');
  });

  it('leaves a React project’s JSX alone: linejsx’s files carry a pragma', async () => {
    const base = '{ "compilerOptions": { "jsx": "react-jsx" } }\n';
    const tsconfig = '{ "extends": "./tsconfig.base.json", "include": ["src"] }\n';
    write({ 'package.json': '{"name":"web"}', 'tsconfig.base.json': base, 'tsconfig.json': tsconfig });
    const run = await init();
    expect(read('tsconfig.json')).toBe(tsconfig);
    expect(read('src/messages/Welcome.tsx')).toBe(`/** @jsxImportSource @linejsx/jsx */\n${template('src/messages/Welcome.tsx')}`);
    expect(read('src/testing.d.ts')).toBe(template('src/testing.d.ts'));
    expect(run.stdout).toContain('  to do    tsconfig.json: its JSX is "react-jsx" with jsxImportSource "unset", left as it is');
  });

  it('says what to add to a vitest config of the project’s own, and adds a story where there is Storybook', async () => {
    const config = "import { defineConfig } from 'vitest/config';\nexport default defineConfig({});\n";
    write({ 'package.json': '{"name":"bot"}', 'vite.config.ts': config, '.storybook/main.ts': '' });
    const run = await init();
    expect(read('vite.config.ts')).toBe(config);
    expect(run.stdout).toContain("  to do    vite.config.ts: add '@linejsx/testing/setup' to test.setupFiles");
    expect(read('src/messages/Welcome.stories.tsx')).toBe(template('src/messages/Welcome.stories.tsx'));
    expect(run.stdout).toContain("  to do    .storybook/main.ts: add '@linejsx/storybook' to addons");
    expect(JSON.parse(read('package.json')).devDependencies['@linejsx/storybook']).toBe(`^${LINEJSX_VERSION}`);
  });

  it('needs a package.json', async () => {
    const run = await init();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('linejsx init: no package.json in');
    expect(run.stderr).toContain('npm create linejsx@latest my-bot');
  });
});
