import { jsonBytes, lengthIn } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

// Counted with TextEncoder, which browsers have too (the Storybook preview validates in chromium).
describe('UTF-8 byte counts', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['日本', 6],
    ['🍎', 4],
  ])('%j is %i bytes', (value, bytes) => {
    expect(lengthIn(value, 'bytes')).toBe(bytes);
  });

  it('measures compact JSON', () => {
    expect(jsonBytes({ text: 'é' })).toBe(Buffer.byteLength('{"text":"é"}', 'utf8'));
  });
});
