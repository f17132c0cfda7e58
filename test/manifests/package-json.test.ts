/**
 * Every package's package.json as a release needs it: a prepack that builds what `files` and
 * `exports` point at (pnpm publish and pnpm pack run it; a package without one ships no dist/),
 * and `@linejsx/source` beside `types` and `import` in every export of a built file (Storybook's
 * preset is plain JavaScript, loaded by Storybook as it is).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.ts';

interface Manifest {
  name: string;
  private?: boolean;
  scripts?: Record<string, string>;
  exports?: Record<string, Record<string, string>>;
}

const manifests = readdirSync(join(ROOT, 'packages')).map(
  (dir) => JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
);

describe.each(manifests.filter((m) => !m.private).map((m) => [m.name, m] as const))('%s', (_, manifest) => {
  it('builds itself before it is packed', () => {
    expect(manifest.scripts?.prepack).toBe('tsc -b');
  });

  it('exports its sources to the workspace and its build to everyone else', () => {
    for (const [entry, conditions] of Object.entries(manifest.exports ?? {}))
      if (typeof conditions === 'object' && Object.values(conditions).some((target) => target.startsWith('./dist/')))
        expect(Object.keys(conditions), entry).toEqual(expect.arrayContaining(['@linejsx/source', 'types', 'import']));
  });
});
