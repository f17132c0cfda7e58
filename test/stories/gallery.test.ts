import { readFileSync } from 'node:fs';
import { type Component, createElement, render, tryRenderMessages } from '@linejsx/jsx';
import { BUBBLE_SIZES, SIZE_KEYWORDS } from '@linejsx/schema';
import { ASPECT_RATIOS, controlsFor, flatten, unflatten } from '@linejsx/storybook';
import { describe, expect, it } from 'vitest';
import { type Example, examples, messageExamples, sampleElement } from '../../examples/index.ts';

describe('the Storybook gallery', () => {
  it('has a story for every design of examples/index.ts', () => {
    const source = readFileSync(new URL('../../stories/gallery/Gallery.stories.tsx', import.meta.url), 'utf8');
    const storied = new Set([...source.matchAll(/design\('([^']+)'\)/g)].map((m) => m[1]));
    const missing = examples.map((e) => e.id).filter((id) => !storied.has(id));
    expect(
      missing,
      `add to stories/gallery/Gallery.stories.tsx: ${missing.map((id) => `export const X = design('${id}');`).join(' ')}`,
    ).toEqual([]);
  });
});

describe('gallery args', () => {
  const sample = {
    order: { shop: 'Brown Café', items: [{ name: 'Latte', price: 520 }], paid: true },
    accent: '#06c755',
    size: 'kilo',
    text: 'md',
    gap: 'none',
    image: 'full',
  };

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

describe('gallery controls', () => {
  const controlsOf = (example: Example) => Object.entries(controlsFor(flatten(example.sample)));
  // Text messages and rich menus have no colours or sizes in LINE's JSON: flex designs do.
  const flex = messageExamples.filter((example) => render(sampleElement(example)).type === 'flex');

  it('covers every design but the plain text and the rich menus', () => {
    expect(examples.filter((e) => !flex.includes(e)).map((e) => e.id)).toEqual(['welcome-text', 'main-menu', 'shop-tabs']);
  });

  it.each(flex.map((e) => [e.id, e] as const))(
    '%s has colour pickers, a bubble size, a text size, and a hero aspect ratio if it has a hero',
    (_id, example) => {
      const controls = controlsOf(example);
      const withOptions = (options: readonly string[]) =>
        controls.filter(([, type]) => type.control === 'select' && JSON.stringify(type.options) === JSON.stringify(options));
      expect(controls.filter(([, type]) => type.control === 'color').length).toBeGreaterThan(0);
      expect(withOptions(BUBBLE_SIZES).map(([name]) => name)).toEqual(['bubbleSize']);
      expect(withOptions(SIZE_KEYWORDS).length).toBeGreaterThan(0);
      const hero = JSON.stringify(render(sampleElement(example))).includes('"hero":');
      expect(withOptions(ASPECT_RATIOS).map(([name]) => name)).toEqual(hero ? ['heroAspectRatio'] : []);
    },
  );

  it.each(examples.map((e) => [e.id, e] as const))(
    '%s: every colour and keyword control changes what the design renders',
    (_id, example) => {
      const json = (args: Record<string, unknown>) =>
        JSON.stringify(tryRenderMessages(createElement(example.component as Component<unknown>, unflatten(example.sample, args))).messages);
      const before = json({});
      for (const [name, type] of controlsOf(example)) {
        if (type.control !== 'color' && type.control !== 'select') continue;
        const other =
          type.control === 'color' ? '#123456' : (type.options as string[]).find((option) => option !== flatten(example.sample)[name])!;
        expect(json({ [name]: other }), `${name} = ${other}`).not.toBe(before);
      }
    },
  );
});
