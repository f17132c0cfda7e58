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

let encoder: TextEncoder | undefined;

/** UTF-8 bytes of `value`; TextEncoder rather than Buffer, so that validation runs in browsers too. */
export function utf8Length(value: string): number {
  encoder ??= new TextEncoder();
  return encoder.encode(value).length;
}

/** Length of `value` in `unit`: UTF-16 code units, grapheme clusters, or UTF-8 bytes. */
export function lengthIn(value: string, unit: CountUnit): number {
  if (unit === 'grapheme') return graphemeLength(value);
  if (unit === 'bytes') return utf8Length(value);
  return value.length;
}
