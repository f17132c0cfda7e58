/**
 * Counting characters the way LINE counts them (`D:text-character-count`): most limits are in UTF-16
 * code units (`"🍎".length === 2`), labels and template texts in grapheme clusters.
 */
import type { CountUnit } from './limits.ts';

let segmenter: Intl.Segmenter | undefined;

/** Number of user-perceived characters (extended grapheme clusters) in `value`. */
export function graphemeLength(value: string): number {
  // Fast path: printable ASCII has one grapheme per code unit (CR LF is the one ASCII pair).
  if (/^[\x20-\x7e]*$/.test(value)) return value.length;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(value)) n++;
  return n;
}

/**
 * Number of bytes of `value` encoded as UTF-8. Counted by hand rather than with Node's `Buffer`,
 * which browsers (Storybook, the preview) do not have; a lone surrogate counts as U+FFFD (3 bytes).
 */
export function utf8Length(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Length of `value` in `unit`: UTF-16 code units, grapheme clusters, or UTF-8 bytes. */
export function lengthIn(value: string, unit: CountUnit): number {
  if (unit === 'grapheme') return graphemeLength(value);
  if (unit === 'bytes') return utf8Length(value);
  return value.length;
}
