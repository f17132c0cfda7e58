/** Flex containers (`R#bubble`, `R#f-carousel`) and the flex message itself (`R#flex-message`). */
import { z } from 'zod';
import { actionSchema } from '../actions.ts';
import { messageBase } from '../common.ts';
import { JSON_BYTES_MAX } from '../compile.ts';
import { utf8Length } from '../count.ts';
import { LIMITS, type Limit, type LimitId } from '../limits.ts';
import { chars, color, keyword, list, report, strict, whole } from '../rules.ts';
import { formatBytes, formatCount } from '../words.ts';
import { boxObject, type FlexBox, type FlexComponent, flexImageSchema, flexVideoSchema, putInBox, slot } from './components.ts';
import { BUBBLE_SIZES } from './values.ts';

const blockStyle = strict('a block style', {
  /** The block's background colour, `#RRGGBB` or `#RRGGBBAA`. */
  backgroundColor: color().optional(),
  /** `true` draws a line above the block (never above the first block). */
  separator: z.boolean().optional(),
  /** The colour of that line, `#RRGGBB` or `#RRGGBBAA`. */
  separatorColor: color().optional(),
}).optional();

const block = (name: string) => slot(`the ${name}`, 'a box', [boxObject], putInBox);
const hero = slot('the hero', 'a box, an image or a video', [boxObject, flexImageSchema, flexVideoSchema], putInBox);

const VIDEO_SIZES = new Set(['kilo', 'mega', 'giga']);
const BLOCKS = ['header', 'hero', 'body', 'footer'] as const;

/** UTF-8 bytes of compact JSON, which is how the 30 KB / 50 KB limits are measured. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** A check that the value's compact JSON is within `LIMITS[id]` bytes (see `JSON_BYTES_MAX`). */
function jsonBytesCheck(id: LimitId, what: string) {
  const max = (LIMITS[id] as Limit).max!;
  const check = whole((ctx) => {
    const bytes = jsonBytes(ctx.value);
    // KB is 1,000 bytes here: the stricter reading, so that nothing we accept is too big for LINE.
    if (bytes > max)
      report(
        ctx,
        'too_long',
        `${what} is ${formatBytes(bytes)} of JSON; LINE allows at most ${formatCount(max)} bytes (${max / 1000} KB)`,
        [],
        id,
      );
  });
  Object.assign(check._zod.check, { [JSON_BYTES_MAX]: max });
  return check;
}

const bubbleObject = strict('a bubble', {
  type: z.literal('bubble'),
  /** Its width, from `nano` to `giga`; default `mega`. Every bubble of a carousel has the same size. */
  size: keyword(BUBBLE_SIZES).optional(),
  /** `ltr` (default) or `rtl`: the text direction, and which side start and end are. */
  direction: keyword(['ltr', 'rtl']).optional(),
  /** The top block: a box. */
  header: block('header').optional(),
  /** The main picture: an image, a box, or a video. */
  hero: hero.optional(),
  /** The main block: a box. */
  body: block('body').optional(),
  /** The bottom block, often buttons: a box. */
  footer: block('footer').optional(),
  /** Each block's background colour and the line above it: `{ header?, hero?, body?, footer? }`. */
  styles: strict('styles', {
    /** The header's style. */
    header: blockStyle,
    /** The hero's style. */
    hero: blockStyle,
    /** The body's style. */
    body: blockStyle,
    /** The footer's style. */
    footer: blockStyle,
  }).optional(),
  /** What tapping the bubble does. */
  action: actionSchema('flex').optional(),
})
  .check(
    whole((ctx) => {
      const bubble = ctx.value;
      if (bubble.hero?.type === 'video' && !VIDEO_SIZES.has(bubble.size ?? 'mega')) {
        report(ctx, 'invalid_nesting', `a video hero needs a kilo, mega or giga bubble; this bubble is ${bubble.size}`, ['hero']);
      }
      // `Dl#component-offset`: "the first child component of a block can't be absolute"; a block holds
      // one component, its root, which would otherwise leave the block with nothing to size it.
      for (const name of BLOCKS) {
        const root = bubble[name];
        if (root && root.type !== 'video' && root.position === 'absolute') {
          const message = `the ${name} ${root.type} can not be position "absolute": LINE does not allow it on the first component of a block; put absolute components inside it`;
          report(ctx, 'invalid_value', message, [name, 'position']);
        }
      }
    }),
  )
  .check(jsonBytesCheck('flexBubbleBytes', 'this bubble'));

export const flexBubbleSchema = bubbleObject;

export const flexCarouselSchema = strict('a carousel', {
  type: z.literal('carousel'),
  /** Its bubbles, at most 12, all of one size. */
  contents: list(slot('each carousel item', 'a bubble', [bubbleObject]), 'flexBubbles'),
})
  .check(
    whole((ctx) => {
      const bubbles = ctx.value.contents;
      if (!Array.isArray(bubbles)) return;
      const first = bubbles[0]?.size ?? 'mega';
      for (let i = 0; i < bubbles.length; i++) {
        const bubble = bubbles[i];
        if (typeof bubble !== 'object' || bubble === null) continue;
        if ((bubble.size ?? 'mega') !== first) {
          report(
            ctx,
            'invalid_combination',
            `bubble ${i} is ${bubble.size ?? 'mega (the default)'} but bubble 0 is ${first}; every bubble in a carousel must be the same size`,
            ['contents', i, 'size'],
          );
        }
        if (bubble.hero?.type === 'video') {
          report(ctx, 'invalid_nesting', 'a bubble with a video hero can not go in a carousel', ['contents', i, 'hero']);
        }
      }
    }),
  )
  .check(jsonBytesCheck('flexCarouselBytes', 'this carousel'));

const container = slot('contents', 'a bubble or a carousel', [bubbleObject, flexCarouselSchema]);

function countAnimated(node: FlexComponent | FlexBox | undefined): number {
  if (typeof node !== 'object' || node === null) return 0;
  if (node.type === 'image') return node.animated ? 1 : 0;
  if (node.type === 'video') return countAnimated(node.altContent);
  if (node.type !== 'box' || !Array.isArray(node.contents)) return 0;
  let n = 0;
  for (const child of node.contents) n += countAnimated(child);
  return n;
}

export const flexMessageSchema = strict('a flex message', {
  type: z.literal('flex'),
  /** Shown in notifications, the chat list and quotes: at most 1,500 characters. */
  altText: chars('altText'),
  /** A bubble or a carousel. */
  contents: container,
  ...messageBase,
}).check(
  whole((ctx) => {
    const { contents } = ctx.value;
    if (typeof contents !== 'object' || contents === null) return;
    const bubbles = contents.type === 'carousel' ? contents.contents : [contents];
    if (!Array.isArray(bubbles)) return;
    let animated = 0;
    for (const b of bubbles)
      if (typeof b === 'object' && b !== null)
        animated += countAnimated(b.header) + countAnimated(b.hero) + countAnimated(b.body) + countAnimated(b.footer);
    if (animated > LIMITS.flexAnimatedImages.max) {
      report(
        ctx,
        'too_many',
        `${formatCount(animated)} animated images; LINE allows at most ${LIMITS.flexAnimatedImages.max} per message`,
        ['contents'],
        'flexAnimatedImages',
      );
    }
  }),
);

export type FlexBubble = z.infer<typeof bubbleObject>;
export type FlexCarousel = z.infer<typeof flexCarouselSchema>;
export type FlexContainer = FlexBubble | FlexCarousel;
export type FlexMessage = z.infer<typeof flexMessageSchema>;
