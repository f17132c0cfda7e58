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

  it("describes every prop (its JSDoc, or its LINE property's in @linejsx/schema)", () => {
    const undescribed: string[] = [];
    let component = '';
    for (const line of generated.slice(0, generated.indexOf('## Every limit')).split('\n')) {
      if (line.startsWith('### ')) component = line.slice(4);
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
      // A prop row: | `name` | `type` | description |
      if (/^`\w+`( \(required\))?$/.test(cells[1] ?? '') && cells.length === 5 && cells[3] === '')
        undescribed.push(`${component} ${cells[1]}`);
    }
    expect(generated.match(/^\| `\w+`( \(required\))? \| /gm)!.length).toBeGreaterThan(300);
    expect(undescribed).toEqual([]);
  });
}, 180_000);
