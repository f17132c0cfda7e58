/**
 * Hostile strings for the escaping tests: every string of a message replaced by text that would
 * become markup (a tag, an attribute, a style declaration, a script URL) if it were not escaped.
 * Every payload names `x-evil`, so that what it would create is easy to look for.
 */
import type { ValidationIssue } from '@linejsx/schema';

export const HOSTILE = [
  `"x-evil=1 'x-evil=2 <x-evil x-evil=3></p></div></pre><x-evil>{x-evil}$\n;x-evil:1`,
  'javascript:alert("x-evil")',
  `https://a.example.com/"x-evil=1'x-evil=2<x-evil>`,
] as const;

/** `value` with every string replaced by `payload`, except the `type` of each object (kept, so that it is drawn as what it is). */
export function hostile(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((item) => hostile(item, payload));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'type' ? v : hostile(v, payload)]));
}

/** Each variant of `value` in which one `type` is replaced by `payload` (what an unknown type draws). */
export function hostileTypes(value: unknown, payload: string): unknown[] {
  const variants: unknown[] = [];
  const walk = (node: unknown, replace: (next: unknown) => unknown): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, (next) => replace(node.map((x, j) => (j === i ? next : x))));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, v] of Object.entries(node)) {
        const rebuild = (next: unknown) => replace({ ...node, [key]: next });
        if (key === 'type' && typeof v === 'string') variants.push(rebuild(payload));
        else walk(v, rebuild);
      }
    }
  };
  walk(value, (next) => next);
  return variants;
}

/** Problems as `@linejsx/jsx` hands them over, every string hostile. */
export function hostileIssues(payload: string): ValidationIssue[] {
  return [
    {
      path: payload,
      message: payload,
      code: 'invalid_value',
      component: { path: payload, source: { fileName: payload, lineNumber: 1, columnNumber: 1 } },
    },
  ];
}

/**
 * What escaped output never contains: a tag or an attribute made by a payload, a payload in a
 * `style` or an event handler, a `javascript:` URL to load or follow. [description, pattern]
 */
export const MARKUP_MADE_BY_PAYLOAD: ReadonlyArray<readonly [string, RegExp]> = [
  ['a tag', /<x-evil/i],
  ['an attribute', /["']x-evil/i],
  ['a style', /\sstyle="[^"]*x-evil/i],
  ['an event handler', /\son\w+="[^"]*x-evil/i],
  ['a script URL', /\s(?:src|href)="\s*javascript:/i],
];
