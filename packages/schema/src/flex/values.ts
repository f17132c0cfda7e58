/**
 * The value formats of flex properties (`D:flex-message-layout`): keywords, `Npx`, `N%`, colours,
 * aspect ratios and gradient angles. Each accepts exactly what LINE documents and explains the rest.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { report } from '../rules.ts';
import { joinOr, quote } from '../words.ts';

export const SPACING_KEYWORDS = ['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl'] as const;
export const SIZE_KEYWORDS = ['xxs', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', '3xl', '4xl', '5xl'] as const;
export const IMAGE_SIZE_KEYWORDS = [...SIZE_KEYWORDS, 'full'] as const;
export const BORDER_WIDTH_KEYWORDS = ['none', 'light', 'normal', 'medium', 'semi-bold', 'bold'] as const;
export const BUBBLE_SIZES = ['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'] as const;

const PX = /^\d+(?:\.\d+)?px$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const SIGNED_PX = /^-?\d+(?:\.\d+)?px$/;
const SIGNED_PERCENT = /^-?\d+(?:\.\d+)?%$/;

interface Format {
  readonly keywords?: readonly string[];
  readonly px?: boolean;
  readonly percent?: boolean;
  /** Offsets may be negative; nothing else may. */
  readonly signed?: boolean;
}

type Px = `${number}px`;
type Percent = `${number}%`;

/** The values a format accepts, as a type: its keywords, `${number}px` and `${number}%` as it allows. */
type LengthOf<F extends Format> =
  | (F extends { readonly keywords: readonly (infer K)[] } ? K : never)
  | (F extends { readonly px: true } ? Px : never)
  | (F extends { readonly percent: true } ? Percent : never);

const SPACING = { keywords: SPACING_KEYWORDS, px: true } as const;
const PADDING = { keywords: SPACING_KEYWORDS, px: true, percent: true } as const;
const OFFSET = { keywords: SPACING_KEYWORDS, px: true, percent: true, signed: true } as const;
const CORNER_RADIUS = { keywords: SPACING_KEYWORDS, px: true } as const;
const BOX_LENGTH = { px: true, percent: true } as const;
const BORDER_WIDTH = { keywords: BORDER_WIDTH_KEYWORDS, px: true } as const;
const FONT_SIZE = { keywords: SIZE_KEYWORDS, px: true } as const;
const IMAGE_SIZE = { keywords: IMAGE_SIZE_KEYWORDS, px: true, percent: true } as const;
const LINE_SPACING = { px: true } as const;

// Named types, so that a wrong value's type error names what the property takes (and a hover explains it).
/** Box `spacing` and every `margin`: none, xs, sm, md, lg, xl, xxl, or pixels such as "12px"; no percentages. */
export type FlexSpacing = LengthOf<typeof SPACING>;
/** Paddings: none, xs, sm, md, lg, xl, xxl, pixels such as "12px", or a percentage of the parent box's width. */
export type FlexPadding = LengthOf<typeof PADDING>;
/** offsetTop/Bottom/Start/End: none, xs, sm, md, lg, xl, xxl, pixels or a percentage; either may be negative ("-4px"). */
export type FlexOffset = LengthOf<typeof OFFSET>;
/** Box `cornerRadius`: none, xs, sm, md, lg, xl, xxl, or pixels such as "12px"; no percentages. */
export type FlexCornerRadius = LengthOf<typeof CORNER_RADIUS>;
/** Box `width`, `height`, `maxWidth`, `maxHeight`: pixels such as "120px" or a percentage such as "50%". */
export type FlexBoxLength = LengthOf<typeof BOX_LENGTH>;
/** Box `borderWidth`: none, light, normal, medium, semi-bold, bold, or pixels such as "2px". */
export type FlexBorderWidth = LengthOf<typeof BORDER_WIDTH>;
/** Text, span and icon `size`: xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, or pixels such as "18px". */
export type FlexFontSize = LengthOf<typeof FONT_SIZE>;
/** Image `size` (its widest): xxs … 5xl, full, pixels such as "120px", or a percentage such as "50%". */
export type FlexImageSize = LengthOf<typeof IMAGE_SIZE>;
/** Text `lineSpacing`: pixels such as "8px". */
export type FlexLineSpacing = LengthOf<typeof LINE_SPACING>;

/** A string in `format`: what it accepts, the same as its type says, and a message naming the rest. */
function lengthValue<const F extends Format>(format: F) {
  const accepted = [
    ...(format.keywords?.length ? [`a keyword (${format.keywords.join(', ')})`] : []),
    ...(format.px ? [format.signed ? 'pixels such as "12px" or "-4px"' : 'pixels such as "12px"'] : []),
    ...(format.percent ? ['a percentage such as "50%"'] : []),
  ];
  const keywords = new Set<string>(format.keywords ?? []);
  return z.string().check((ctx) => {
    const v = ctx.value;
    if (keywords.has(v)) return;
    if (format.px && (format.signed ? SIGNED_PX : PX).test(v)) return;
    if (format.percent && (format.signed ? SIGNED_PERCENT : PERCENT).test(v)) return;
    report(ctx, 'invalid_format', `${quote(v)} is not accepted here; use ${joinOr(accepted)}`);
  }) as unknown as z.ZodType<LengthOf<F>>;
}

/** Box `spacing` and every `margin`. */
export const spacing = (): z.ZodType<FlexSpacing> => lengthValue(SPACING);
/** Paddings. */
export const padding = (): z.ZodType<FlexPadding> => lengthValue(PADDING);
/** offsetTop/Bottom/Start/End. */
export const offset = (): z.ZodType<FlexOffset> => lengthValue(OFFSET);
/** Box width/height/maxWidth/maxHeight. */
export const boxLength = (): z.ZodType<FlexBoxLength> => lengthValue(BOX_LENGTH);
/** Box cornerRadius. */
export const cornerRadius = (): z.ZodType<FlexCornerRadius> => lengthValue(CORNER_RADIUS);
/** Box borderWidth. */
export const borderWidth = (): z.ZodType<FlexBorderWidth> => lengthValue(BORDER_WIDTH);
/** Text, span and icon size. */
export const fontSize = (): z.ZodType<FlexFontSize> => lengthValue(FONT_SIZE);
/** Image size. */
export const imageSize = (): z.ZodType<FlexImageSize> => lengthValue(IMAGE_SIZE);
/** Text lineSpacing. */
export const lineSpacing = (): z.ZodType<FlexLineSpacing> => lengthValue(LINE_SPACING);

const RATIO = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/;

/** `W:H` with both terms in 1–100,000 and H at most 3×W (`R#f-image`). */
export const aspectRatio = () =>
  z.string().check((ctx) => {
    const m = RATIO.exec(ctx.value);
    if (!m) {
      report(ctx, 'invalid_format', `aspectRatio ${quote(ctx.value)} must be "width:height", such as "20:13"`);
      return;
    }
    const [w, h] = [Number(m[1]), Number(m[2])];
    const { min, max } = LIMITS.aspectRatioTerm;
    if (w < min || h < min || w > max || h > max) {
      report(ctx, 'out_of_range', `aspectRatio ${quote(ctx.value)}: width and height must each be 1 to 100,000`, [], 'aspectRatioTerm');
    } else if (h > 3 * w) {
      report(
        ctx,
        'out_of_range',
        `aspectRatio ${quote(ctx.value)} is taller than LINE allows; the height may be at most 3 times the width`,
        [],
        'aspectRatioTerm',
      );
    }
  }) as unknown as z.ZodType<`${number}:${number}`>;

/** Gradient angle: `Ndeg` with N in [0, 360). */
export const angle = () =>
  z.string().check((ctx) => {
    const m = /^(\d+(?:\.\d+)?)deg$/.exec(ctx.value);
    if (!m || Number(m[1]) >= 360)
      report(ctx, 'invalid_format', `angle ${quote(ctx.value)} must be "Ndeg" with N from 0 up to (not including) 360, such as "90deg"`);
  }) as unknown as z.ZodType<`${number}deg`>;

/** Gradient centerPosition: a percentage from 0% (the start) to 100% (the end) (`R#box`). */
export const gradientStop = () =>
  z.string().check((ctx) => {
    if (!PERCENT.test(ctx.value) || Number.parseFloat(ctx.value) > 100) {
      report(ctx, 'invalid_format', `centerPosition ${quote(ctx.value)} must be a percentage from 0% to 100%, such as "50%"`);
    }
  }) as unknown as z.ZodType<`${number}%`>;

/** A whole number, 0 or more: `flex` and text `maxLines`. */
export const flexGrow = (subject: 'flex' | 'maxLines' = 'flex') =>
  z.number().check((ctx) => {
    if (!Number.isInteger(ctx.value) || ctx.value < 0)
      report(ctx, 'invalid_value', `${subject} ${ctx.value} must be a whole number 0 or more`);
  });
