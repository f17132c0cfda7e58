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

// The descriptions of properties are their JSDoc here: TypeScript carries them to the components'
// props (editor hovers), and scripts/components-reference.ts writes them into docs/components.md.
const position = {
  /** `relative` (default): the offsets shift it from where it would be; `absolute`: the offsets place it from its parent box's edges, and it takes no room. */
  position: keyword(['relative', 'absolute']).optional(),
  /** Moves it down (relative), or its distance from the parent's top edge (absolute): none…xxl, px or % of the parent's height; may be negative. */
  offsetTop: offset().optional(),
  /** Moves it up (relative), or its distance from the parent's bottom edge (absolute): none…xxl, px or %; may be negative. */
  offsetBottom: offset().optional(),
  /** Moves it towards the end (relative), or its distance from the parent's start edge (absolute; the left, or the right in an `rtl` bubble): none…xxl, px or % of the parent's width. */
  offsetStart: offset().optional(),
  /** Moves it towards the start (relative), or its distance from the parent's end edge (absolute): none…xxl, px or %. */
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
    /** The span's text. */
    text: z.string(),
    /** Font size: xxs … 5xl or px; the text's size by default. */
    size: fontSize().optional(),
    /** Text colour, `#RRGGBB` or `#RRGGBBAA`; the text's colour by default. */
    color: color().optional(),
    /** `regular` or `bold`; the text's weight by default. */
    weight,
    /** `normal` or `italic`; the text's style by default. */
    style: fontStyle,
    /** `none`, `underline` or `line-through`; a span can not undo its text's decoration. */
    decoration,
  },
  TEXT_CSS,
);

export const flexTextSchema = strict(
  'a flex text',
  {
    type: z.literal('text'),
    /** The text; with `wrap`, `\n` starts a new line. Required unless `contents` holds spans (which replace it). */
    text: z.string().optional(),
    /** Spans, each with its own style, drawn in place of `text`. */
    contents: z.array(flexSpanSchema).optional(),
    /** Its share of the free space along the parent box: default 1 in horizontal and baseline boxes, 0 in vertical ones; 0 takes its content's size. */
    flex: flexGrow().optional(),
    /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
    margin: spacing().optional(),
    ...position,
    /** Font size: xxs … 5xl (default md) or px. */
    size: fontSize().optional(),
    /** Where the text sits across its width: `start`, `end` or `center`. */
    align,
    /** Where the text sits in a taller space (in a horizontal box): `top` (default), `bottom` or `center`. */
    gravity,
    /** `true` wraps the text over several lines (`\n` starts a new one); by default it stays on one line and ends in "…". */
    wrap: z.boolean().optional(),
    /** Extra space between the lines of wrapped text, in px (none above the first or below the last). */
    lineSpacing: lineSpacing().optional(),
    /** At most this many lines of wrapped text, the last ending in "…"; 0 (default) shows them all. */
    maxLines: flexGrow('maxLines').optional(),
    /** `regular` (default) or `bold`. */
    weight,
    /** Text colour, `#RRGGBB` or `#RRGGBBAA`. */
    color: color().optional(),
    /** What tapping the text does. */
    action: flexAction,
    /** `normal` (default) or `italic`. */
    style: fontStyle,
    /** `none` (default), `underline` or `line-through`. */
    decoration,
    /** `shrink-to-fit` shrinks the font until the text fits its width (best effort: some devices do nothing). */
    adjustMode: z.literal('shrink-to-fit').optional(),
    /** `true` lets the size follow the font size the user chose in the LINE app (LINE 13.6.0 or later). */
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
    /** The image: HTTPS, JPEG or PNG, at most 1024×1024 px and 10 MB (300 KB when animated). */
    url: mediaUrl(),
    /** Its share of the free space along the parent box: default 1 in horizontal boxes, 0 in vertical ones; 0 takes its content's size. */
    flex: flexGrow().optional(),
    /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
    margin: spacing().optional(),
    ...position,
    /** Where the image sits across its space: `start`, `end` or `center` (default). */
    align,
    /** Where the image sits in a taller space (in a horizontal box): `top` (default), `bottom` or `center`. */
    gravity,
    /** The widest it is drawn: xxs … 5xl (default md), `full` (its box's width), px or %; a narrower space shrinks it. */
    size: imageSize().optional(),
    /** Width:height of its area, such as `20:13`: each 1 to 100,000, the height at most 3 times the width; default `1:1`. */
    aspectRatio: aspectRatio().optional(),
    /** `fit` (default): the whole image in its area, over `backgroundColor`; `cover`: fills the area, cropped. */
    aspectMode: keyword(['fit', 'cover']).optional(),
    /** Colour around a `fit` image, `#RRGGBB` or `#RRGGBBAA`. */
    backgroundColor: color().optional(),
    /** What tapping the image does. */
    action: flexAction,
    /** `true` plays an animated PNG (APNG); at most 10 per message. */
    animated: z.boolean().optional(),
  },
  SIDES,
);

export const flexIconSchema = strict(
  'an icon',
  {
    type: z.literal('icon'),
    /** The icon: HTTPS, JPEG or PNG, at most 1024×1024 px and 1 MB. */
    url: mediaUrl(),
    /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
    margin: spacing().optional(),
    ...position,
    /** Its height, as a text's font size: xxs … 5xl (default md) or px. */
    size: fontSize().optional(),
    /** Width:height, such as `2:1` for an icon twice as wide as high; default `1:1`. */
    aspectRatio: aspectRatio().optional(),
    /** `true` lets the size follow the font size the user chose in the LINE app (LINE 13.6.0 or later). */
    scaling: z.boolean().optional(),
  },
  SIDES,
);

export const flexButtonSchema = strict(
  'a button',
  {
    type: z.literal('button'),
    /** What tapping the button does; its label (at most 40 characters) is the button's text. */
    action: actionSchema('flexButton'),
    /** Its share of the free space along the parent box: default 1 in horizontal boxes, 0 in vertical ones. */
    flex: flexGrow().optional(),
    /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
    margin: spacing().optional(),
    ...position,
    /** `md` (default) or `sm`, a lower button. */
    height: keyword(['sm', 'md']).optional(),
    /** `link` (default): text only; `primary`: a dark button with white text; `secondary`: a light one. */
    style: keyword(['primary', 'secondary', 'link']).optional(),
    /** The background of a primary or secondary button, the text colour of a link: `#RRGGBB` or `#RRGGBBAA`. */
    color: color().optional(),
    /** Where the button sits in a taller space (in a horizontal box): `top` (default), `bottom` or `center`. */
    gravity,
    /** `shrink-to-fit` shrinks the label until it fits the button (best effort: some devices do nothing). */
    adjustMode: z.literal('shrink-to-fit').optional(),
    /** `true` lets the label follow the font size the user chose in the LINE app (LINE 13.6.0 or later). */
    scaling: z.boolean().optional(),
  },
  SIDES,
);

export const flexSeparatorSchema = strict('a separator', {
  type: z.literal('separator'),
  /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
  margin: spacing().optional(),
  /** The line's colour, `#RRGGBB` or `#RRGGBBAA`. */
  color: color().optional(),
});

export const flexFillerSchema = strict('a filler', {
  type: z.literal('filler'),
  /** Its share of the free space: default 1. */
  flex: flexGrow().optional(),
});

export const linearGradientSchema = strict('a linear gradient', {
  type: z.literal('linearGradient'),
  /** Direction, `Ndeg` with N from 0 up to 360: `0deg` runs bottom to top, `90deg` left to right, `180deg` top to bottom. */
  angle: angle(),
  /** Colour at the start, `#RRGGBB` or `#RRGGBBAA`. */
  startColor: color(),
  /** Colour at the end, `#RRGGBB` or `#RRGGBBAA`. */
  endColor: color(),
  /** A colour between the two, `#RRGGBB` or `#RRGGBBAA`. */
  centerColor: color().optional(),
  /** Where `centerColor` is, from `0%` (the start) to `100%` (the end); default `50%`. */
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
  /** Its share of the free space along the parent box: default 1 in horizontal boxes, 0 in vertical ones; 0 takes its content's size. */
  flex: flexGrow().optional(),
  /** Space between its children (not before the first): none (default) … xxl or px; a child's `margin` replaces it. */
  spacing: spacing().optional(),
  /** Space before it, in place of the parent box's `spacing`: none…xxl or px. */
  margin: spacing().optional(),
  /** Space inside every edge: none…xxl, px or % of the parent box's width. */
  paddingAll: padding().optional(),
  /** Space inside the top edge, over `paddingAll`. */
  paddingTop: padding().optional(),
  /** Space inside the bottom edge, over `paddingAll`. */
  paddingBottom: padding().optional(),
  /** Space inside the start edge (the left, or the right in an `rtl` bubble), over `paddingAll`. */
  paddingStart: padding().optional(),
  /** Space inside the end edge, over `paddingAll`. */
  paddingEnd: padding().optional(),
  ...position,
  /** Background colour, `#RRGGBB` or `#RRGGBBAA`; transparent by default. */
  backgroundColor: color().optional(),
  /** Border colour, `#RRGGBB` or `#RRGGBBAA`. */
  borderColor: color().optional(),
  /** Border width: none, light, normal, medium, semi-bold, bold, or px. */
  borderWidth: borderWidth().optional(),
  /** Corner radius: none…xxl or px. */
  cornerRadius: cornerRadius().optional(),
  /** Its width, px or % of the parent box; in a horizontal box it sets `flex` to 0. */
  width: boxLength().optional(),
  /** Its widest, px or %; wins over `width`. */
  maxWidth: boxLength().optional(),
  /** Its height, px or % of the parent box; in a vertical box it sets `flex` to 0. */
  height: boxLength().optional(),
  /** Its highest, px or %; wins over `height`. */
  maxHeight: boxLength().optional(),
  /** Where its children go along its layout when they leave space free (every child `flex` 0), as in CSS. */
  justifyContent: keyword(['flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly']).optional(),
  /** Where its children go across its layout, as in CSS. */
  alignItems: keyword(['flex-start', 'center', 'flex-end']).optional(),
  /** A linear gradient behind it: `{ type: 'linearGradient', angle, startColor, endColor, centerColor?, centerPosition? }`. */
  background: linearGradientSchema.optional(),
  /** What tapping the box does. */
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
  /** How its children are laid out: `vertical`, `horizontal`, or `baseline` (a row on one baseline: icons, texts and fillers). */
  layout: 'horizontal' | 'vertical' | 'baseline';
  /** Its children, in order. */
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
  /** The video: HTTPS mp4, at most 200 MB. */
  url: string;
  /** Shown before it plays: HTTPS, JPEG or PNG, at most 1 MB. */
  previewUrl: string;
  /** Shown where the video can not play (older LINE versions): a box or an image. */
  altContent: FlexBox | FlexImage;
  /** Width:height of the video, such as `16:9`; keep it the video's own. */
  aspectRatio?: `${number}:${number}` | undefined;
  /** A URI action, offered as a link when the video has played. */
  action?: z.infer<ReturnType<typeof actionSchema>> | undefined;
}
export type FlexComponent = FlexBox | FlexButton | FlexImage | FlexVideo | FlexIcon | FlexText | FlexSpan | FlexSeparator | FlexFiller;
