/**
 * Storybook args from an example's `sample` props: every leaf (text, number, boolean) becomes one
 * control, named by its path (`order.items.0.name`), so a designer edits texts, colours and sizes
 * of a design live. Colours get a colour picker and LINE keywords a select of their alternatives.
 */
import type { ArgTypes } from '@storybook/html-vite';
import { BUBBLE_SIZES, IMAGE_SIZE_KEYWORDS, SPACING_KEYWORDS } from '@linejsx/schema';

export type Leaf = string | number | boolean;
export type FlatArgs = Record<string, Leaf>;

const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
// Sizes before spacings: "md" is more often a size, and the size list holds every spacing keyword but "none".
const KEYWORD_SETS: ReadonlyArray<readonly string[]> = [BUBBLE_SIZES, IMAGE_SIZE_KEYWORDS, SPACING_KEYWORDS];

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
    value.forEach((item, i) => flatten(item, prefix ? `${prefix}.${i}` : String(i), out));
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
    for (const key of keys.slice(0, -1)) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
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
 * controlsFor({ accent: '#06c755', size: 'kilo' }); // { accent: { control: 'color' }, size: { control: 'select', options: [...] } }
 */
export function controlsFor(args: FlatArgs): ArgTypes {
  const types: ArgTypes = {};
  for (const [name, value] of Object.entries(args)) {
    const keywords = typeof value === 'string' ? KEYWORD_SETS.find((set) => set.includes(value)) : undefined;
    if (typeof value === 'string' && COLOR.test(value)) types[name] = { control: 'color' };
    else if (keywords) types[name] = { control: 'select', options: [...keywords] };
    else if (typeof value === 'number') types[name] = { control: 'number' };
    else if (typeof value === 'boolean') types[name] = { control: 'boolean' };
    else types[name] = { control: 'text' };
  }
  return types;
}
