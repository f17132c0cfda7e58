import { jsonBytes, lengthIn } from '@linejsx/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyMessage, issuesOf, text } from '../support/flex.ts';

describe('jsonBytes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('counts the UTF-8 bytes of compact JSON, as the 30 KB / 50 KB limits are measured', () => {
    expect(jsonBytes({ a: 1 })).toBe(7);
    // é is 2 bytes, ¥ 2, あ 3, 🍎 (a surrogate pair) 4.
    expect(jsonBytes('é¥あ🍎')).toBe(2 + 2 + 2 + 3 + 4);
    expect(lengthIn('é¥あ🍎', 'bytes')).toBe(11);
  });

  it('counts an unpaired surrogate as JSON.stringify escapes it', () => {
    // JSON.stringify writes a lone surrogate as the 6-byte escape \ud83c.
    expect(jsonBytes('\ud83c')).toBe(8);
  });

  it("works without Node's Buffer, as in the browser (Storybook, preview)", () => {
    vi.stubGlobal('Buffer', undefined);
    expect(jsonBytes({ text: 'あ' })).toBe(14);
    expect(lengthIn('🍎', 'bytes')).toBe(4);
    expect(issuesOf(bodyMessage(text('fine')))).toEqual([]);
  });
});
