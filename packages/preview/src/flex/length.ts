/** Flex length values (keywords, `Npx`, `N%`) as CSS lengths, using LINE's pixel tables. */
import { BORDER_WIDTH_PX, FONT_SIZE_PX, IMAGE_SIZE_PX, LENGTH_PX } from '../values.ts';

const PX = /^\d+(?:\.\d+)?px$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const SIGNED_PX = /^-?\d+(?:\.\d+)?px$/;
const SIGNED_PERCENT = /^-?\d+(?:\.\d+)?%$/;

// The tables and patterns are constants: these run for every property of every component drawn.
const NO_KEYWORDS: Readonly<Record<string, number>> = {};
const PX_ONLY = [PX];
const PX_OR_PERCENT = [PX, PERCENT];
const SIGNED = [SIGNED_PX, SIGNED_PERCENT];

function keywordOr(table: Readonly<Record<string, number>>, value: unknown, accept: readonly RegExp[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (Object.hasOwn(table, value)) return `${table[value]}px`;
  for (const re of accept) if (re.test(value)) return value;
  return undefined;
}

/** spacing and margin: none…xxl or px. */
export const spacingLength = (value: unknown) => keywordOr(LENGTH_PX, value, PX_ONLY);
/** padding: none…xxl, px or % (of the parent box width, as CSS does). */
export const paddingLength = (value: unknown) => keywordOr(LENGTH_PX, value, PX_OR_PERCENT);
/** offsets: none…xxl, px or %, either may be negative. */
export const offsetLength = (value: unknown) => keywordOr(LENGTH_PX, value, SIGNED);
/** cornerRadius: none…xxl or px. */
export const radiusLength = (value: unknown) => keywordOr(LENGTH_PX, value, PX_ONLY);
/** borderWidth: none, light…bold or px. */
export const borderLength = (value: unknown) => keywordOr(BORDER_WIDTH_PX, value, PX_ONLY);
/** Text, span and icon size: xxs…5xl or px. */
export const fontLength = (value: unknown) => keywordOr(FONT_SIZE_PX, value, PX_ONLY);
/** Box width, height, maxWidth, maxHeight and gradient centerPosition: px or %. */
export const boxLength = (value: unknown) => keywordOr(NO_KEYWORDS, value, PX_OR_PERCENT);

/** Image size: xxs…5xl (a maximum width), full (100%), px or %. */
export function imageWidth(value: unknown): string {
  if (value === 'full') return '100%';
  return keywordOr(IMAGE_SIZE_PX, value, PX_OR_PERCENT) ?? `${IMAGE_SIZE_PX.md}px`;
}

/** A px length as a number (`"12px"` -> 12), for arithmetic such as lineSpacing. */
export function pxNumber(value: unknown): number | undefined {
  return typeof value === 'string' && PX.test(value) ? Number.parseFloat(value) : undefined;
}
