/**
 * Random flex messages, mostly well-formed with a value out of place now and then: validation
 * never throws, and whatever we accept, LINE's own OpenAPI schema accepts too.
 */

import { validateMessage } from '@linejsx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEC_MISSING, specAvailable, specErrors } from '../../tools/line-openapi.ts';

const IMAGE = 'https://images.example.com/a.png';

/** A value that is wrong for most properties: a keyword of another property, a bad length or colour. */
const wrongValue = fc.constantFrom<unknown>(
  '120%',
  '-5%',
  'px',
  '',
  '#fff',
  'red',
  '1:4',
  '360deg',
  'huge',
  'left',
  -1,
  1.5,
  null,
  'http://x.example.com/a.png',
);

/** Mostly a right value, sometimes a wrong one. */
function mostly<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: right, weight: 400 }, { arbitrary: wrongValue, weight: 1 });
}

const pick = <T>(...values: T[]) => mostly(fc.constantFrom(...values));
const SPACING = ['none', 'xs', 'md', 'xxl', '0px', '8px', '2.5px'];
const LENGTH = ['10px', '50%', '100%', '23.5%'];
const OFFSET = ['none', 'md', '4px', '-4px', '10%', '-2.5%'];

/** The right values of each flex property (D:flex-message-layout, R#box … R#span). */
const VALUES = {
  flex: mostly(fc.integer({ min: 0, max: 3 })),
  margin: pick(...SPACING),
  spacing: pick(...SPACING),
  position: pick('relative', 'relative', 'relative', 'relative', 'absolute'),
  offsetTop: pick(...OFFSET),
  offsetStart: pick(...OFFSET),
  offsetBottom: pick(...OFFSET),
  paddingAll: pick(...SPACING, '5%'),
  paddingTop: pick(...SPACING, '5%'),
  paddingEnd: pick(...SPACING, '5%'),
  backgroundColor: pick('#06c755', '#FFFFFF80'),
  borderColor: pick('#dddddd'),
  borderWidth: pick('none', 'light', 'semi-bold', '1.5px'),
  cornerRadius: pick('none', 'xl', '12px'),
  width: pick(...LENGTH),
  maxWidth: pick(...LENGTH),
  height: pick(...LENGTH),
  maxHeight: pick(...LENGTH),
  justifyContent: pick('flex-start', 'center', 'space-between', 'space-evenly'),
  alignItems: pick('flex-start', 'center', 'flex-end'),
  background: mostly(
    fc.record(
      {
        type: fc.constant('linearGradient'),
        angle: fc.constantFrom('0deg', '90deg', '359.5deg'),
        startColor: fc.constant('#000000'),
        endColor: fc.constant('#ffffff00'),
        centerColor: fc.constant('#888888'),
        centerPosition: fc.constantFrom('0%', '50%', '100%'),
      },
      { requiredKeys: ['type', 'angle', 'startColor', 'endColor'] },
    ),
  ),
  fontSize: pick('xxs', 'md', '5xl', '18px'),
  imageSize: pick('xxs', 'full', '5xl', '120px', '50%'),
  align: pick('start', 'end', 'center'),
  gravity: pick('top', 'bottom', 'center'),
  wrap: mostly(fc.boolean()),
  scaling: mostly(fc.boolean()),
  animated: mostly(fc.boolean()),
  maxLines: mostly(fc.integer({ min: 0, max: 4 })),
  lineSpacing: pick('0px', '4px', '6.5px'),
  weight: pick('regular', 'bold'),
  color: pick('#111111', '#11111180'),
  style: pick('normal', 'italic'),
  decoration: pick('none', 'underline', 'line-through'),
  adjustMode: pick('shrink-to-fit'),
  aspectRatio: pick('1:1', '20:13', '1:3', '100000:1'),
  aspectMode: pick('fit', 'cover'),
  buttonStyle: pick('primary', 'secondary', 'link'),
  buttonHeight: pick('sm', 'md'),
};

/** Some of `keys`, each with a value of its property; `size`, `style` and `height` mean different things per component. */
function propsOf(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(keys, { requiredKeys: [] });
}

const action = (label: 'required' | 'optional') =>
  mostly(
    fc.oneof(
      fc.record(
        {
          type: fc.constant('uri'),
          label: fc.constantFrom('Open', 'Buy now'),
          uri: fc.constantFrom('https://example.com/a?b=1', 'tel:0312345678', 'line://nv/chat'),
        },
        { requiredKeys: label === 'required' ? ['type', 'label', 'uri'] : ['type', 'uri'] },
      ),
      fc.record(
        {
          type: fc.constant('postback'),
          label: fc.constant('Buy'),
          data: fc.constantFrom('a=1', 'item=42&n=2'),
          displayText: fc.constant('Buy it'),
        },
        { requiredKeys: label === 'required' ? ['type', 'label', 'data'] : ['type', 'data'] },
      ),
      fc.record(
        { type: fc.constant('message'), label: fc.constant('Say hi'), text: fc.constant('hi') },
        { requiredKeys: label === 'required' ? ['type', 'label', 'text'] : ['type', 'text'] },
      ),
      fc.record(
        { type: fc.constant('clipboard'), label: fc.constant('Copy'), clipboardText: fc.constant('CODE42') },
        { requiredKeys: label === 'required' ? ['type', 'label', 'clipboardText'] : ['type', 'clipboardText'] },
      ),
    ),
  );

const positioned = {
  margin: VALUES.margin,
  position: VALUES.position,
  offsetTop: VALUES.offsetTop,
  offsetStart: VALUES.offsetStart,
  offsetBottom: VALUES.offsetBottom,
};

const span = fc
  .tuple(
    fc.string({ maxLength: 6 }),
    propsOf({ size: VALUES.fontSize, color: VALUES.color, weight: VALUES.weight, style: VALUES.style, decoration: VALUES.decoration }),
  )
  .map(([text, props]) => ({ ...props, type: 'span', text }));

const text = fc
  .tuple(
    fc.oneof(
      fc.record({ text: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ contents: fc.array(span, { minLength: 1, maxLength: 3 }) }),
    ),
    propsOf({
      ...positioned,
      flex: VALUES.flex,
      size: VALUES.fontSize,
      align: VALUES.align,
      gravity: VALUES.gravity,
      wrap: VALUES.wrap,
      lineSpacing: VALUES.lineSpacing,
      maxLines: VALUES.maxLines,
      weight: VALUES.weight,
      color: VALUES.color,
      style: VALUES.style,
      decoration: VALUES.decoration,
      adjustMode: VALUES.adjustMode,
      scaling: VALUES.scaling,
      action: action('optional'),
    }),
  )
  .map(([content, props]) => ({ ...props, type: 'text', ...content }));

const image = propsOf({
  ...positioned,
  flex: VALUES.flex,
  align: VALUES.align,
  gravity: VALUES.gravity,
  size: VALUES.imageSize,
  aspectRatio: VALUES.aspectRatio,
  aspectMode: VALUES.aspectMode,
  backgroundColor: VALUES.backgroundColor,
  animated: VALUES.animated,
  action: action('optional'),
}).map((props) => ({ ...props, type: 'image', url: IMAGE }));

const icon = propsOf({ ...positioned, size: VALUES.fontSize, aspectRatio: VALUES.aspectRatio, scaling: VALUES.scaling }).map((props) => ({
  ...props,
  type: 'icon',
  url: IMAGE,
}));

const button = fc
  .tuple(
    action('required'),
    propsOf({
      ...positioned,
      flex: VALUES.flex,
      height: VALUES.buttonHeight,
      style: VALUES.buttonStyle,
      color: VALUES.color,
      gravity: VALUES.gravity,
      adjustMode: VALUES.adjustMode,
      scaling: VALUES.scaling,
    }),
  )
  .map(([a, props]) => ({ ...props, type: 'button', action: a }));

const separator = propsOf({ margin: VALUES.margin, color: VALUES.color }).map((props) => ({ ...props, type: 'separator' }));
const filler = propsOf({ flex: VALUES.flex }).map((props) => ({ ...props, type: 'filler' }));

const boxProps = propsOf({
  ...positioned,
  flex: VALUES.flex,
  spacing: VALUES.spacing,
  paddingAll: VALUES.paddingAll,
  paddingTop: VALUES.paddingTop,
  paddingEnd: VALUES.paddingEnd,
  backgroundColor: VALUES.backgroundColor,
  borderColor: VALUES.borderColor,
  borderWidth: VALUES.borderWidth,
  cornerRadius: VALUES.cornerRadius,
  width: VALUES.width,
  maxWidth: VALUES.maxWidth,
  height: VALUES.height,
  maxHeight: VALUES.maxHeight,
  justifyContent: VALUES.justifyContent,
  alignItems: VALUES.alignItems,
  background: VALUES.background,
  action: action('optional'),
});

/** Boxes with children their layout takes, now and then one it does not. */
const { box } = fc.letrec<{ box: Record<string, unknown> }>((tie) => ({
  box: fc.oneof(
    { depthSize: 'small' },
    fc
      .tuple(
        fc.array(fc.oneof({ arbitrary: fc.oneof(icon, text, filler), weight: 100 }, { arbitrary: image, weight: 1 }), { maxLength: 3 }),
        boxProps,
      )
      .map(([contents, props]) => ({
        ...props,
        type: 'box',
        layout: 'baseline',
        contents,
      })),
    fc
      .tuple(
        fc.constantFrom('vertical', 'horizontal'),
        fc.array(
          fc.oneof(
            { arbitrary: fc.oneof(text, image, button, separator, filler, tie('box')), weight: 100 },
            { arbitrary: fc.oneof(icon, span), weight: 1 },
          ),
          { maxLength: 3 },
        ),
        boxProps,
      )
      .map(([layout, contents, props]) => ({ ...props, type: 'box', layout, contents })),
  ),
}));

const video = fc
  .tuple(fc.oneof(image, box), fc.option(VALUES.aspectRatio, { nil: undefined }), fc.option(action('optional'), { nil: undefined }))
  .map(([altContent, aspectRatio, a]) => ({
    type: 'video',
    url: 'https://images.example.com/v.mp4',
    previewUrl: IMAGE,
    altContent,
    ...(aspectRatio === undefined ? {} : { aspectRatio }),
    ...(a === undefined ? {} : { action: a }),
  }));

const blockStyle = propsOf({ backgroundColor: VALUES.backgroundColor, separator: mostly(fc.boolean()), separatorColor: VALUES.color });

const bubble = fc.record(
  {
    type: fc.constant('bubble'),
    size: pick('nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'),
    direction: pick('ltr', 'rtl'),
    header: box,
    hero: fc.oneof({ arbitrary: fc.oneof(image, box), weight: 5 }, { arbitrary: video, weight: 1 }),
    body: box,
    footer: box,
    styles: propsOf({ header: blockStyle, body: blockStyle, footer: blockStyle }),
    action: action('optional'),
  },
  { requiredKeys: ['type'] },
);

const flexMessage = fc.record({
  type: fc.constant('flex'),
  altText: pick('A card', 'Your order ✓'),
  contents: fc.oneof(bubble, fc.record({ type: fc.constant('carousel'), contents: fc.array(bubble, { minLength: 1, maxLength: 3 }) })),
});

describe('random flex messages', () => {
  it('never make validation throw', () => {
    fc.assert(
      fc.property(flexMessage, (message) => {
        validateMessage(message);
      }),
      { numRuns: 100 },
    );
  });

  it.skipIf(!specAvailable)(
    `are accepted by LINE's OpenAPI schema whenever we accept them${specAvailable ? '' : ` (${SPEC_MISSING})`}`,
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(flexMessage, (message) => {
          if (!validateMessage(message).ok) return;
          accepted++;
          expect(specErrors('Message', message)).toEqual([]);
        }),
        { numRuns: 100 },
      );
      // The generators must reach valid messages too, or the property says nothing.
      expect(accepted).toBeGreaterThan(10);
    },
  );
});
