/**
 * The preset Storybook loads from `addons: ['@linejsx/storybook']`: the preview entry is a bare name
 * for Vite, the manager entry a file Node resolves through the package's exports (this repository's
 * sources with --conditions=@linejsx/source, dist/ for users).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from '../support/cli.ts';

function presetEntries(conditions: readonly string[]): { preview: unknown[]; manager: string[] } {
  const script = `const p = await import('@linejsx/storybook/preset'); console.log(JSON.stringify({ preview: p.previewAnnotations(['a']), manager: p.managerEntries(['b']) }))`;
  const out = execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { preview: unknown[]; manager: string[] };
}

it('adds the preview annotations as a bare name, after those of other addons', () => {
  expect(presetEntries([]).preview).toEqual(['a', { bare: '@linejsx/storybook/entry-preview', absolute: '' }]);
});

it('adds the manager entry: the sources here, dist/ for users', () => {
  const source = presetEntries(['--conditions=@linejsx/source']).manager;
  expect(source[0]).toBe('b');
  expect(source[1]).toMatch(/packages\/storybook\/src\/manager\.ts$/);
  expect(existsSync(source[1]!)).toBe(true);
  expect(presetEntries([]).manager[1]).toMatch(/packages\/storybook\/dist\/manager\.js$/);
});
