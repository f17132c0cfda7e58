/** Small helpers that turn numbers and paths into the words of our error messages. */
import type { CountUnit } from './limits.ts';

const integer = new Intl.NumberFormat('en-US');

/** `1532` -> `"1,532"`. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** The noun for a count in `unit`, pluralised: `characters`, `bytes`, `items`. */
export function unitNoun(unit: CountUnit, n: number): string {
  const one = n === 1;
  switch (unit) {
    case 'bytes':
      return one ? 'byte' : 'bytes';
    case 'items':
      return one ? 'item' : 'items';
    case 'number':
      return '';
    default:
      return one ? 'character' : 'characters';
  }
}

/** `limit.what` of an item limit for a count: `1 action`, `2 actions` (the plural's first word-final "s" dropped). */
export function itemsNoun(what: string, n: number): string {
  return n === 1 ? what.replace(/s\b/, '') : what;
}

/** Formats a byte count for people: `30,721 bytes (30.0 KB)`. */
export function formatBytes(n: number): string {
  return n >= 1000 ? `${formatCount(n)} bytes (${(n / 1000).toFixed(1)} KB)` : `${formatCount(n)} bytes`;
}

/** A zod-style path (`['messages', 0, 'text']`) as a JSON path (`messages[0].text`). */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Quotes a value for an error message, shortening long strings. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** `['a', 'b', 'c']` -> `a, b or c`. */
export function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** `['a', 'b']` -> `"a" or "b"` (strings quoted, other values as they print). */
export function orList(values: readonly unknown[]): string {
  return joinOr(values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))));
}

/** Levenshtein distance, for "did you mean" suggestions on unknown property names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * The closest of `candidates` to `word`, if it is close enough to be a likely typo, or else the
 * one candidate that starts or ends with it (`icon` -> `iconUrl`, `uri` -> `linkUri`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance <= Math.max(2, Math.floor(word.length / 3))) return best;
  if (word.length < 3) return undefined;
  const lower = word.toLowerCase();
  // Only an unambiguous one: "url" ends originalContentUrl and previewImageUrl alike.
  const partOf = candidates.filter((c) => c.toLowerCase().startsWith(lower) || c.toLowerCase().endsWith(lower));
  return partOf.length === 1 ? partOf[0] : undefined;
}

/** `image` -> `an image`, `box` -> `a box`: the article by the first letter, enough for LINE's type names. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
