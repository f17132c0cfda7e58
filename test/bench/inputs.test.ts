/**
 * The benchmark floors must be the same JSON as what linejsx renders, byte for byte, or the
 * comparison in BENCHMARKS.md would be between different messages.
 */

import { render } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../bench/inputs.ts';

describe('benchmark inputs', () => {
  it('are the three inputs issue 8 names', () => {
    expect(INPUTS.map((i) => i.id)).toEqual(['welcome-text', 'receipt', 'shopping-carousel']);
  });

  it.each(INPUTS.map((i) => [i.id, i] as const))('%s: the object literal serialises to the same bytes as render()', (_, input) => {
    expect(JSON.stringify(input.literal())).toBe(JSON.stringify(render(input.element())));
  });

  it('the carousel input has 12 bubbles', () => {
    const carousel = INPUTS[2]!.literal() as { contents: { contents: unknown[] } };
    expect(carousel.contents.contents).toHaveLength(12);
  });
});
