/** docs/components.md is generated from the code; this fails when the committed file is out of date. */
import { readFileSync } from 'node:fs';
import * as jsx from '@linejsx/jsx';
import { LIMITS } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { builtinOf } from '../../packages/jsx/src/render/builtin.ts';
import { componentsReference, REFERENCE } from '../../scripts/components-reference.ts';

describe('docs/components.md', () => {
  // One TypeScript program over the jsx and schema sources: seconds, once.
  const generated = componentsReference();

  it('is what scripts/components-reference.ts writes from the code (run pnpm docs:components after changing a component)', () => {
    expect(readFileSync(REFERENCE, 'utf8')).toBe(generated);
  });

  it('has every component @linejsx/jsx exports, and every limit of LIMITS', () => {
    const components = Object.entries(jsx).filter(([, value]) => builtinOf(value));
    expect(components.length).toBeGreaterThan(40);
    for (const [name] of components) expect(generated).toContain(`### \`<${name}>\``);
    for (const id of Object.keys(LIMITS)) expect(generated).toContain(`| \`${id}\` |`);
  });
}, 180_000);
