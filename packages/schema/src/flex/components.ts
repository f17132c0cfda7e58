/**
 * Flex components (`R#box` … `R#filler`) and the rules of what each box layout may hold
 * (`D:flex-message-layout`).
 */
import { z } from 'zod';
import { actionSchema } from '../actions.ts';
import { color, keyword, mediaUrl, report, strict, whole } from '../rules.ts';
import { withArticle } from '../words.ts';
import {
  angle,
  aspectRatio,
  borderWidth,
  boxLength,
  cornerRadius,
  flexGrow,
  fontSize,
  gradientStop,
  imageSize,
  lineSpacing,
  offset,
  padding,
  spacing,
} from './values.ts';

const position = {
  position: keyword(['relative', 'absolute']).optional(),
  offsetTop: offset().optional(),
  offsetBottom: offset().optional(),
  offsetStart: offset().optional(),
  offsetEnd: offset().optional(),
};
// Flex speaks of start and end, not left and right (they swap under "rtl"); say so for CSS habits.
const SIDES = {
  offsetLeft: 'flex uses start and end, not left and right: use offsetStart',
  offsetRight: 'flex uses start and end, not left and right: use offsetEnd',
};
const TEXT_CSS = { ...SIDES, fontSize: 'use size', fontWeight: 'use weight', textAlign: 'use align' };
const gravity = keyword(['top', 'bottom', 'center']).optional();
const align = keyword(['start', 'end', 'center']).optional();
const weight = keyword(['regular', 'bold']).optional();
const fontStyle = keyword(['normal', 'italic']).optional();
const decoration = keyword(['none', 'underline', 'line-through']).optional();
const flexAction = actionSchema('flex').optional();

export const flexSpanSchema = strict(
  'a span',
  {
    type: z.literal('span'),
    text: z.string(),
    size: fontSize().optional(),
    color: color().optional(),
    weight,
    style: fontStyle,
    decoration,
  },
  TEXT_CSS,
);

export const flexTextSchema = strict(
  'a flex text',
  {
    type: z.literal('text'),
    text: z.string().optional(),
    contents: z.array(flexSpanSchema).optional(),
    flex: flexGrow().optional(),
    margin: spacing().optional(),
    ...position,
    size: fontSize().optional(),
    align,
    gravity,
    wrap: z.boolean().optional(),
    lineSpacing: lineSpacing().optional(),
    maxLines: flexGrow('maxLines').optional(),
    weight,
    color: color().optional(),
    action: flexAction,
    style: fontStyle,
    decoration,
    adjustMode: z.literal('shrink-to-fit').optional(),
    scaling: z.boolean().optional(),
  },
  { ...TEXT_CSS, letterSpacing: 'LINE has no letterSpacing; only lineSpacing (the space between lines) exists' },
).check(
  whole((ctx) => {
    const { text, contents } = ctx.value;
    if (text === undefined && !contents?.length) report(ctx, 'required', 'a text needs text or span contents', ['text']);
  }),
);

export const flexImageSchema = strict(
  'a flex image',
  {
    type: z.literal('image'),
    url: mediaUrl(),
    flex: flexGrow().optional(),
    margin: spacing().optional(),
    ...position,
    align,
    gravity,
    size: imageSize().optional(),
    aspectRatio: aspectRatio().optional(),
    aspectMode: keyword(['fit', 'cover']).optional(),
    backgroundColor: color().optional(),
    action: flexAction,
    animated: z.boolean().optional(),
  },
  SIDES,
);

export const flexIconSchema = strict(
  'an icon',
  {
    type: z.literal('icon'),
    url: mediaUrl(),
    margin: spacing().optional(),
    ...position,
    size: fontSize().optional(),
    aspectRatio: aspectRatio().optional(),
    scaling: z.boolean().optional(),
  },
  SIDES,
);

export const flexButtonSchema = strict(
  'a button',
  {
    type: z.literal('button'),
    action: actionSchema('flexButton'),
    flex: flexGrow().optional(),
    margin: spacing().optional(),
    ...position,
    height: keyword(['sm', 'md']).optional(),
    style: keyword(['primary', 'secondary', 'link']).optional(),
    color: color().optional(),
    gravity,
    adjustMode: z.literal('shrink-to-fit').optional(),
    scaling: z.boolean().optional(),
  },
  SIDES,
);

export const flexSeparatorSchema = strict('a separator', {
  type: z.literal('separator'),
  margin: spacing().optional(),
  color: color().optional(),
});

export const flexFillerSchema = strict('a filler', {
  type: z.literal('filler'),
  flex: flexGrow().optional(),
});

export const linearGradientSchema = strict('a linear gradient', {
  type: z.literal('linearGradient'),
  angle: angle(),
  startColor: color(),
  endColor: color(),
  centerColor: color().optional(),
  centerPosition: gradientStop().optional(),
});

/** Which component types a box of each layout may hold (`D:flex-message-layout`, `R#box`). */
export const BOX_CHILDREN = {
  horizontal: ['box', 'button', 'image', 'text', 'separator', 'filler'],
  vertical: ['box', 'button', 'image', 'text', 'separator', 'filler'],
  baseline: ['icon', 'text', 'filler'],
} as const;

// Why a component type can not go in a box, when the reason is not the layout.
const WHY_NOT: Record<string, string> = {
  icon: 'icons go only in baseline boxes (layout "baseline")',
  video: 'a video can only be the hero of a bubble',
  span: 'spans go only in the contents of a text',
};

const COMPONENT_TYPES: ReadonlySet<string> = new Set([...Object.values(BOX_CHILDREN).flat(), ...Object.keys(WHY_NOT)]);

/**
 * A union over `type` for one place of a flex tree (a block, the hero, an altContent, a carousel
 * item) whose mismatch names the place, what it takes and, when known, how to fix it.
 */
export function slot<T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(
  place: string,
  what: string,
  options: T,
  fix: (type: string) => string | undefined = () => undefined,
) {
  return z.discriminatedUnion('type', options, {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const type = (iss.input as { type?: unknown } | undefined)?.type;
      if (typeof type !== 'string') return `${place} must be ${what}`;
      const hint = fix(type);
      return `${place} must be ${what}, not ${withArticle(type)}${hint ? `; ${hint}` : ''}`;
    },
  });
}

/** The fix for a component placed where a box is needed: put it inside one (a video only goes in the hero). */
export const putInBox = (type: string): string => (type === 'video' ? 'a video can only be the hero' : `put the ${type} inside a box`);

// Everything of a box but its children, so that the recursive type stays explicit.
const boxStyle = {
  flex: flexGrow().optional(),
  spacing: spacing().optional(),
  margin: spacing().optional(),
  paddingAll: padding().optional(),
  paddingTop: padding().optional(),
  paddingBottom: padding().optional(),
  paddingStart: padding().optional(),
  paddingEnd: padding().optional(),
  ...position,
  backgroundColor: color().optional(),
  borderColor: color().optional(),
  borderWidth: borderWidth().optional(),
  cornerRadius: cornerRadius().optional(),
  width: boxLength().optional(),
  maxWidth: boxLength().optional(),
  height: boxLength().optional(),
  maxHeight: boxLength().optional(),
  justifyContent: keyword(['flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly']).optional(),
  alignItems: keyword(['flex-start', 'center', 'flex-end']).optional(),
  background: linearGradientSchema.optional(),
  action: flexAction,
};

export const boxObject = strict(
  'a box',
  {
    type: z.literal('box'),
    layout: keyword(['horizontal', 'vertical', 'baseline']),
    get contents(): z.ZodArray<z.ZodType<FlexComponent>> {
      return z.array(flexComponentSchema);
    },
    ...boxStyle,
  },
  {
    ...SIDES,
    paddingLeft: 'flex uses start and end, not left and right: use paddingStart',
    paddingRight: 'flex uses start and end, not left and right: use paddingEnd',
    borderRadius: 'use cornerRadius',
  },
).check(
  whole((ctx) => {
    const { layout, contents } = ctx.value;
    const allowed: readonly string[] | undefined = Object.hasOwn(BOX_CHILDREN, layout) ? BOX_CHILDREN[layout] : undefined;
    if (!allowed || !Array.isArray(contents)) return;
    for (let i = 0; i < contents.length; i++) {
      const child: unknown = contents[i];
      // A child that is no flex component at all is the union's to report.
      const type = typeof child === 'object' && child !== null ? (child as { type?: unknown }).type : undefined;
      if (typeof type === 'string' && !allowed.includes(type) && COMPONENT_TYPES.has(type)) {
        // Horizontal and vertical boxes refuse only the types of WHY_NOT; the rest is the baseline rule.
        const why = WHY_NOT[type] ?? 'a baseline box holds only icons, texts and fillers';
        report(ctx, 'invalid_nesting', `${withArticle(type)} can not go in a ${layout} box; ${why}`, ['contents', i, 'type']);
      }
    }
    // `D:flex-message-layout#baseline-box` says gravity and offsetBottom are unavailable to a baseline
    // box's children, but LINE's own Flex Simulator showcases set gravity there and LINE accepts
    // them: they are ignored, not refused, so we accept them too.
  }),
);

export const flexBoxSchema = boxObject as unknown as z.ZodType<FlexBox>;

export const flexVideoSchema = strict('a flex video', {
  type: z.literal('video'),
  url: mediaUrl(),
  previewUrl: mediaUrl(),
  get altContent(): z.ZodType<FlexBox | FlexImage> {
    return slot('the altContent', 'a box or an image', [boxObject, flexImageSchema]) as unknown as z.ZodType<FlexBox | FlexImage>;
  },
  aspectRatio: aspectRatio().optional(),
  action: actionSchema('flex')
    .check((ctx) => {
      if (ctx.value.type !== 'uri') report(ctx, 'invalid_value', `a video's action must be a uri action, not ${ctx.value.type}`, ['type']);
    })
    .optional(),
});

export const flexComponentSchema: z.ZodType<FlexComponent> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    [
      boxObject,
      flexButtonSchema,
      flexImageSchema,
      flexVideoSchema,
      flexIconSchema,
      flexTextSchema,
      flexSpanSchema,
      flexSeparatorSchema,
      flexFillerSchema,
    ],
    {
      error: (iss) => {
        if (iss.code !== 'invalid_union') return undefined;
        const type = (iss.input as { type?: unknown } | undefined)?.type;
        if (type === 'spacer')
          return 'the "spacer" component was removed from Flex Messages (it is not in LINE\'s API schema); use margin or padding instead';
        if (type === undefined) return 'type is required on a flex component';
        return `type ${JSON.stringify(type)} is not a flex component; LINE accepts box, button, image, video, icon, text, span, separator and filler`;
      },
    },
  ),
) as unknown as z.ZodType<FlexComponent>;

type BoxStyle = z.infer<z.ZodObject<typeof boxStyle>>;
export interface FlexBox extends BoxStyle {
  type: 'box';
  layout: 'horizontal' | 'vertical' | 'baseline';
  contents: FlexComponent[];
}
export type FlexSpan = z.infer<typeof flexSpanSchema>;
export type FlexText = z.infer<typeof flexTextSchema>;
export type FlexImage = z.infer<typeof flexImageSchema>;
export type FlexIcon = z.infer<typeof flexIconSchema>;
export type FlexButton = z.infer<typeof flexButtonSchema>;
export type FlexSeparator = z.infer<typeof flexSeparatorSchema>;
export type FlexFiller = z.infer<typeof flexFillerSchema>;
export type FlexLinearGradient = z.infer<typeof linearGradientSchema>;
export interface FlexVideo {
  type: 'video';
  url: string;
  previewUrl: string;
  altContent: FlexBox | FlexImage;
  aspectRatio?: `${number}:${number}` | undefined;
  action?: z.infer<ReturnType<typeof actionSchema>> | undefined;
}
export type FlexComponent = FlexBox | FlexButton | FlexImage | FlexVideo | FlexIcon | FlexText | FlexSpan | FlexSeparator | FlexFiller;
