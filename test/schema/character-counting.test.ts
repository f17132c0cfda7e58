import { graphemeLength, lengthIn } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

// D:text-character-count: LINE counts UTF-16 code units, except labels and template texts, which
// it counts in grapheme clusters (what a reader sees as one character).
describe('UTF-16 code units', () => {
  it.each([
    ['abc', 3],
    ['🍎', 2],
    ['漢字', 2],
    ['👨‍👩‍👧', 8],
    ['🇯🇵', 4],
    ['สวัสดี', 6],
  ])('%s is %i units', (text, n) => {
    expect(lengthIn(text, 'utf16')).toBe(n);
  });
});

describe('grapheme clusters', () => {
  it.each([
    ['abc', 3],
    ['🍎', 1],
    ['👨‍👩‍👧', 1],
    ['🇯🇵', 1],
    ['👍🏽', 1],
    ['é', 1], // e + combining acute accent
    // Thai: consonants with combining vowel and tone marks above and below.
    ['สวัสดี', 4],
    ['น้ำ', 1], // SARA AM is a spacing mark: it joins the cluster
    ['\r\n', 1],
    ['a\r\nb', 3],
  ])('%j is %i clusters', (text, n) => {
    expect(graphemeLength(text)).toBe(n);
  });
});

describe('bytes', () => {
  it('counts UTF-8 bytes', () => {
    expect(lengthIn('a', 'bytes')).toBe(1);
    expect(lengthIn('é', 'bytes')).toBe(2);
    expect(lengthIn('漢', 'bytes')).toBe(3);
    expect(lengthIn('🍎', 'bytes')).toBe(4);
  });
});
