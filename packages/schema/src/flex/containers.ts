/** Flex containers (`R#bubble`, `R#f-carousel`) and the flex message itself (`R#flex-message`). */
import { z } from 'zod';
import { actionSchema } from '../actions.ts';
import { utf8Length } from '../count.ts';
import { messageBase } from '../common.ts';
import { LIMITS, type Limit, type LimitId } from '../limits.ts';
import { chars, color, keyword, list, report, strict } from '../rules.ts';
import { formatBytes, formatCount } from '../words.ts';
import { boxObject, flexImageSchema, flexVideoSchema, type FlexBox, type FlexComponent } from './components.ts';
import { BUBBLE_SIZES } from './values.ts';

const blockStyle = strict('a block style', {
  backgroundColor: color().optional(),
  separator: z.boolean().optional(),
  separatorColor: color().optional(),
}).optional();

/** A union over `type` whose mismatch says what belongs in `slot`. */
function slot<T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(name: string, what: string, options: T) {
  return z.discriminatedUnion('type', options, {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const type = (iss.input as { type?: unknown } | undefined)?.type;
      return `the ${name} must be ${what}${typeof type === 'string' ? `, not a ${type}${what === 'a box' ? `; put the ${type} inside a box` : ''}` : ''}`;
    },
  });
}

const block = (name: string) => slot(name, 'a box', [boxObject]);
const hero = slot('hero', 'a box, an image or a video', [boxObject, flexImageSchema, flexVideoSchema]);

const VIDEO_SIZES = new Set(['kilo', 'mega', 'giga']);

/** UTF-8 bytes of compact JSON, which is how the 30 KB / 50 KB limits are measured. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

function checkBytes(ctx: z.core.ParsePayload<unknown>, bytes: number, id: LimitId, what: string) {
  const max = (LIMITS[id] as Limit).max!;
  if (bytes > max) report(ctx, 'too_long', `${what} is ${formatBytes(bytes)} of JSON; LINE allows at most ${formatBytes(max)}`, [], id);
}

const bubbleObject = strict('a bubble', {
  type: z.literal('bubble'),
  size: keyword(BUBBLE_SIZES).optional(),
  direction: keyword(['ltr', 'rtl']).optional(),
  header: block('header').optional(),
  hero: hero.optional(),
  body: block('body').optional(),
  footer: block('footer').optional(),
  styles: strict('styles', { header: blockStyle, hero: blockStyle, body: blockStyle, footer: blockStyle }).optional(),
  action: actionSchema('flex').optional(),
}).check((ctx) => {
  const bubble = ctx.value;
  if (bubble.hero?.type === 'video' && !VIDEO_SIZES.has(bubble.size ?? 'mega')) {
    report(ctx, 'invalid_nesting', `a video hero needs a kilo, mega or giga bubble; this bubble is ${bubble.size}`, ['hero']);
  }
  checkBytes(ctx, jsonBytes(bubble), 'flexBubbleBytes', 'this bubble');
});

export const flexBubbleSchema = bubbleObject;

export const flexCarouselSchema = strict('a carousel', {
  type: z.literal('carousel'),
  contents: list(bubbleObject, 'flexBubbles'),
}).check((ctx) => {
  const bubbles = ctx.value.contents;
  const first = bubbles[0]?.size ?? 'mega';
  bubbles.forEach((bubble, i) => {
    if ((bubble.size ?? 'mega') !== first) {
      report(ctx, 'invalid_combination', `bubble ${i} is ${bubble.size ?? 'mega (the default)'} but bubble 0 is ${first}; every bubble in a carousel must be the same size`, ['contents', i, 'size']);
    }
    if (bubble.hero?.type === 'video') {
      report(ctx, 'invalid_nesting', 'a bubble with a video hero can not go in a carousel', ['contents', i, 'hero']);
    }
  });
  checkBytes(ctx, jsonBytes(ctx.value), 'flexCarouselBytes', 'this carousel');
});

const container = z.discriminatedUnion('type', [bubbleObject, flexCarouselSchema], {
  error: (iss) => {
    if (iss.code !== 'invalid_union') return undefined;
    const type = (iss.input as { type?: unknown } | undefined)?.type;
    return `contents must be a bubble or a carousel${typeof type === 'string' ? `, not a ${type}` : ''}`;
  },
});

function countAnimated(node: FlexComponent | FlexBox | undefined): number {
  if (!node) return 0;
  if (node.type === 'image') return node.animated ? 1 : 0;
  if (node.type === 'box') return node.contents.reduce((n, child) => n + countAnimated(child), 0);
  if (node.type === 'video') return countAnimated(node.altContent);
  return 0;
}

export const flexMessageSchema = strict('a flex message', {
  type: z.literal('flex'),
  altText: chars('altText'),
  contents: container,
  ...messageBase,
}).check((ctx) => {
  const { contents } = ctx.value;
  const bubbles = contents.type === 'carousel' ? contents.contents : [contents];
  let animated = 0;
  for (const b of bubbles) animated += countAnimated(b.header) + countAnimated(b.hero) + countAnimated(b.body) + countAnimated(b.footer);
  if (animated > LIMITS.flexAnimatedImages.max) {
    report(ctx, 'too_many', `${formatCount(animated)} animated images; LINE allows at most ${LIMITS.flexAnimatedImages.max} per message`, ['contents'], 'flexAnimatedImages');
  }
});

export type FlexBubble = z.infer<typeof bubbleObject>;
export type FlexCarousel = z.infer<typeof flexCarouselSchema>;
export type FlexContainer = FlexBubble | FlexCarousel;
export type FlexMessage = z.infer<typeof flexMessageSchema>;
