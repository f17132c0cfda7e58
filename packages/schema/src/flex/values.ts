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

/** A `px`/`%`/keyword string; the template literal types keep TSX props precise in the editor. */
function lengthValue<K extends string, P extends boolean, C extends boolean>(
  format: Format & { keywords?: readonly K[]; px?: P; percent?: C },
) {
  const accepted = [
    ...(format.keywords?.length ? [`a keyword (${format.keywords.join(', ')})`] : []),
    ...(format.px ? [format.signed ? 'pixels such as "12px" or "-4px"' : 'pixels such as "12px"'] : []),
    ...(format.percent ? ['a percentage such as "50%"'] : []),
  ];
  const keywords = new Set<string>(format.keywords ?? []);
  type Value = K | (P extends true ? `${number}px` : never) | (C extends true ? `${number}%` : never);
  return z.string().check((ctx) => {
    const v = ctx.value;
    if (keywords.has(v)) return;
    if (format.px && (format.signed ? SIGNED_PX : PX).test(v)) return;
    if (format.percent && (format.signed ? SIGNED_PERCENT : PERCENT).test(v)) return;
    report(ctx, 'invalid_format', `${quote(v)} is not accepted here; use ${joinOr(accepted)}`);
  }) as unknown as z.ZodType<Value>;
}

/** Box `spacing` and every `margin`: px or none…xxl; no percentages. */
export const spacing = () => lengthValue({ keywords: SPACING_KEYWORDS, px: true });
/** Paddings: px, % or none…xxl. */
export const padding = () => lengthValue({ keywords: SPACING_KEYWORDS, px: true, percent: true });
/** offsetTop/Bottom/Start/End: px, % (either may be negative) or none…xxl. */
export const offset = () => lengthValue({ keywords: SPACING_KEYWORDS, px: true, percent: true, signed: true });
/** Box width/height/maxWidth/maxHeight: px or %. */
export const boxLength = () => lengthValue({ px: true, percent: true });
/** Box cornerRadius: px or none…xxl. */
export const cornerRadius = () => lengthValue({ keywords: SPACING_KEYWORDS, px: true });
/** Box borderWidth: px or none, light, normal, medium, semi-bold, bold. */
export const borderWidth = () => lengthValue({ keywords: BORDER_WIDTH_KEYWORDS, px: true });
/** Text, span and icon size: px or xxs…5xl. */
export const fontSize = () => lengthValue({ keywords: SIZE_KEYWORDS, px: true });
/** Image size: px, % or xxs…5xl, full. */
export const imageSize = () => lengthValue({ keywords: IMAGE_SIZE_KEYWORDS, px: true, percent: true });
/** Text lineSpacing: px only. */
export const lineSpacing = () => lengthValue({ px: true });

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
