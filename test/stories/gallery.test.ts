import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examples } from '../../examples/index.ts';
import { controlsFor, flatten, unflatten } from '../../stories/support/args.ts';

describe('the Storybook gallery', () => {
  it('has a story for every design of examples/index.ts', () => {
    const source = readFileSync(new URL('../../stories/gallery/Gallery.stories.tsx', import.meta.url), 'utf8');
    const storied = new Set([...source.matchAll(/design\('([^']+)'\)/g)].map((m) => m[1]));
    const missing = examples.map((e) => e.id).filter((id) => !storied.has(id));
    expect(missing, `add to stories/gallery/Gallery.stories.tsx: ${missing.map((id) => `export const X = design('${id}');`).join(' ')}`).toEqual([]);
  });
});

describe('gallery args', () => {
  const sample = { order: { shop: 'Brown Café', items: [{ name: 'Latte', price: 520 }], paid: true }, accent: '#06c755', size: 'kilo', text: 'md', gap: 'none', image: 'full' };

  it('flattens every leaf of the sample props into one arg named by its path', () => {
    expect(flatten(sample)).toEqual({
      'order.shop': 'Brown Café',
      'order.items.0.name': 'Latte',
      'order.items.0.price': 520,
      'order.paid': true,
      accent: '#06c755',
      size: 'kilo',
      text: 'md',
      gap: 'none',
      image: 'full',
    });
  });

  it('writes edited args back at their paths without touching the sample', () => {
    const props = unflatten(sample, { 'order.items.0.price': 600, accent: '#ff0000', 'no.such.path': 1 });
    expect(props.order.items[0]!.price).toBe(600);
    expect(props.accent).toBe('#ff0000');
    expect(props).not.toHaveProperty('no');
    expect(sample.order.items[0]!.price).toBe(520);
  });

  it('gives colours a colour picker and LINE keywords a select of their alternatives', () => {
    const controls = controlsFor(flatten(sample));
    expect(controls.accent).toEqual({ control: 'color' });
    expect(controls.size).toEqual({ control: 'select', options: ['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'] });
    expect(controls.text).toMatchObject({ control: 'select', options: expect.arrayContaining(['xxs', 'md', '5xl']) });
    expect(controls.gap).toEqual({ control: 'select', options: ['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl'] });
    expect(controls.image).toMatchObject({ control: 'select', options: expect.arrayContaining(['full', '5xl']) });
    expect(controls['order.items.0.price']).toEqual({ control: 'number' });
    expect(controls['order.paid']).toEqual({ control: 'boolean' });
    expect(controls['order.shop']).toEqual({ control: 'text' });
  });
});
