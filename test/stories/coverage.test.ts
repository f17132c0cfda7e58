import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (dir: string) =>
  readdirSync(new URL(`../../${dir}/`, import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => readFileSync(new URL(`../../${dir}/${file}`, import.meta.url), 'utf8'))
    .join('\n');

it('has a story for every component of docs/components.md (in stories/ or a gallery design of examples/)', () => {
  const reference = readFileSync(new URL('../../docs/components.md', import.meta.url), 'utf8');
  const components = [...reference.matchAll(/^### `<(\w+)>`/gm)].map((m) => m[1]!);
  expect(components.length).toBeGreaterThan(40);
  const shown = `${read('stories')}\n${read('examples')}`;
  expect(components.filter((name) => !new RegExp(`<${name}[\\s>/]`).test(shown))).toEqual([]);
});
