/**
 * Storybook args from an example's `sample` props: every leaf (text, number, boolean) becomes one
 * control, named by its path (`order.items.0.name`), so a designer edits texts, colours and sizes
 * of a design live. The control comes from the arg's value and name (the convention of
 * examples/define.ts): colours get a colour picker, LINE keywords a select of their alternatives.
 */

import { BUBBLE_SIZES, IMAGE_SIZE_KEYWORDS, SIZE_KEYWORDS, SPACING_KEYWORDS } from '@linejsx/schema';
import type { ArgTypes } from '@storybook/html-vite';

export type Leaf = string | number | boolean;
export type FlatArgs = Record<string, Leaf>;

/** Aspect ratios designers reach for (LINE takes any `width:height` within its limits). */
export const ASPECT_RATIOS = ['1:1', '1.51:1', '1.91:1', '20:13', '4:3', '16:9', '2:1', '3:1', '3:4', '9:16', '1:2', '1:3'] as const;

const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
// Sizes before spacings: "md" is more often a size, and the size list holds every spacing keyword but "none".
const KEYWORD_SETS: ReadonlyArray<readonly string[]> = [BUBBLE_SIZES, IMAGE_SIZE_KEYWORDS, SPACING_KEYWORDS];

/**
 * LINE's alternatives for a string arg, or undefined for free text. The name decides where the
 * value alone is ambiguous: a ratio looks like a time ("09:02"), "md" is a text or an image size.
 */
function keywordsFor(name: string, value: string): readonly string[] | undefined {
  const key = name.slice(name.lastIndexOf('.') + 1);
  if (/aspectRatio$/i.test(key))
    return ASPECT_RATIOS.includes(value as (typeof ASPECT_RATIOS)[number]) ? ASPECT_RATIOS : [value, ...ASPECT_RATIOS];
  if (/imageSize$/i.test(key) && IMAGE_SIZE_KEYWORDS.includes(value as (typeof IMAGE_SIZE_KEYWORDS)[number])) return IMAGE_SIZE_KEYWORDS;
  if (/size$/i.test(key) && SIZE_KEYWORDS.includes(value as (typeof SIZE_KEYWORDS)[number])) return SIZE_KEYWORDS;
  return KEYWORD_SETS.find((set) => set.includes(value));
}

/**
 * Every leaf of `value` by its path; null and undefined are left out.
 *
 * @example
 * flatten({ order: { items: [{ price: 520 }] } }); // { 'order.items.0.price': 520 }
 */
export function flatten(value: unknown, prefix = '', out: FlatArgs = {}): FlatArgs {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out[prefix] = value;
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) flatten(item, prefix ? `${prefix}.${i}` : String(i), out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/**
 * The sample with each flattened arg written back at its path (the sample itself is not changed).
 *
 * @example
 * unflatten({ order: { items: [{ price: 520 }] } }, { 'order.items.0.price': 600 }); // { order: { items: [{ price: 600 }] } }
 */
export function unflatten<P>(sample: P, args: Readonly<Record<string, unknown>>): P {
  const copy = structuredClone(sample) as unknown;
  for (const [path, value] of Object.entries(args)) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1))
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    const last = keys[keys.length - 1]!;
    // Only paths the sample has: an arg left over from another design changes nothing.
    if (typeof node === 'object' && node !== null && last in node) (node as Record<string, unknown>)[last] = value;
  }
  return copy as P;
}

/**
 * A control for each arg: colour picker, keyword select, number, boolean or text.
 *
 * @example
 * controlsFor({ accent: '#06c755', bubbleSize: 'kilo', titleSize: 'xl' }); // { accent: { control: 'color' }, bubbleSize: { control: 'select', options: [...] }, … }
 */
export function controlsFor(args: FlatArgs): ArgTypes {
  const types: ArgTypes = {};
  for (const [name, value] of Object.entries(args)) types[name] = controlFor(name, value);
  return types;
}

function controlFor(name: string, value: Leaf): ArgTypes[string] {
  if (typeof value === 'number') return { control: 'number' };
  if (typeof value === 'boolean') return { control: 'boolean' };
  if (COLOR.test(value)) return { control: 'color' };
  const keywords = keywordsFor(name, value);
  return keywords ? { control: 'select', options: [...keywords] } : { control: 'text' };
}
