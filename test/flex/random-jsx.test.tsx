/**
 * Random trees of flex components, nested any which way with any props: render() returns validated
 * JSON or throws a LineValidationError, never anything else.
 */

import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  type Component,
  createElement,
  Filler,
  Flex,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  type LineNode,
  LineValidationError,
  Postback,
  render,
  Separator,
  Span,
  Text,
  Uri,
  Video,
} from '@linejsx/jsx';
import { validateMessage } from '@linejsx/schema';
import fc from 'fast-check';
import { expect, it } from 'vitest';

const COMPONENTS: ReadonlyArray<Component<never>> = [
  Flex,
  Carousel,
  Bubble,
  Header,
  Hero,
  Body,
  Footer,
  Box,
  Text,
  Span,
  Image,
  Video,
  Icon,
  Button,
  Separator,
  Filler,
];

const propValue = fc.oneof(
  fc.constantFrom<unknown>(
    'md',
    'full',
    '12px',
    '-4px',
    '50%',
    '#06c755',
    'red',
    '20:13',
    'baseline',
    'horizontal',
    'kilo',
    'absolute',
    'primary',
  ),
  fc.constantFrom<unknown>('https://images.example.com/a.png', 'http://x/a.png', '', 0, 3, -1, true, null, undefined),
  fc.constantFrom<unknown>(
    createElement(Uri, { label: 'Go', uri: 'https://example.com' }),
    createElement(Postback, { data: 'a=1' }),
    createElement(Text, { children: 'x' }),
  ),
);

const props = fc.dictionary(
  fc.constantFrom(
    'altText',
    'size',
    'layout',
    'url',
    'previewUrl',
    'altContent',
    'action',
    'color',
    'margin',
    'position',
    'flex',
    'aspectRatio',
    'style',
    'text',
    'width',
    'paddingAll',
    'quickReply',
  ),
  propValue,
  { maxKeys: 4 },
);

const { node } = fc.letrec<{ node: LineNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<LineNode>('text', 42, null, false),
    fc
      .tuple(fc.constantFrom(...COMPONENTS), props, fc.array(tie('node'), { maxLength: 3 }))
      .map(([type, p, children]) => createElement(type as Component<Record<string, unknown>>, { ...p, children })),
  ),
}));

it('render() gives validated JSON or a LineValidationError, whatever the tree', () => {
  fc.assert(
    fc.property(node, (tree) => {
      try {
        const message = render(createElement(Flex, { altText: 'random', children: tree }));
        expect(validateMessage(message).ok).toBe(true);
      } catch (error) {
        if (!(error instanceof LineValidationError)) throw error;
        expect(error.issues.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
});
