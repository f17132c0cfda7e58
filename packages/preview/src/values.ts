/**
 * LINE's flex values in pixels, in one table. Tiers as in RENDERING.md: D = documented by LINE,
 * S = LINE's own Flex Simulator stylesheet (observed), P = our choice where LINE publishes nothing
 * (chat chrome). VALUES.md says where each figure comes from.
 */
import { type BUBBLE_SIZES, LIMITS } from '@linejsx/schema';

export type BubbleSize = (typeof BUBBLE_SIZES)[number];

/** spacing, margin, padding, offset and cornerRadius keywords (S; D gives the order, none = 0). */
export const LENGTH_PX: Readonly<Record<string, number>> = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };

/** borderWidth keywords (S). */
export const BORDER_WIDTH_PX: Readonly<Record<string, number>> = { none: 0, light: 0.5, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 };

/** Text, span and icon size keywords (S). */
export const FONT_SIZE_PX: Readonly<Record<string, number>> = {
  xxs: 11,
  xs: 13,
  sm: 14,
  md: 16,
  lg: 19,
  xl: 22,
  xxl: 29,
  '3xl': 35,
  '4xl': 48,
  '5xl': 74,
};

/** Image size keywords: the maximum width (S; D: `size` is a maximum, default md). */
export const IMAGE_SIZE_PX: Readonly<Record<string, number>> = {
  xxs: 40,
  xs: 60,
  sm: 80,
  md: 100,
  lg: 120,
  xl: 140,
  xxl: 160,
  '3xl': 180,
  '4xl': 200,
  '5xl': 220,
};

/** Paddings of a block's root box: top, inline (start and end), bottom. */
export interface BlockPadding {
  readonly top: number;
  readonly inline: number;
  readonly bottom: number;
}

export interface BubbleMetrics {
  /** Width cap: a single bubble is `width:100%` up to it; a carousel item `width:80%` up to it. */
  readonly width: number;
  readonly radius: number;
  /** Header and body (S gives them the same default). */
  readonly padding: BlockPadding;
  /** The body's bottom padding when a footer follows. */
  readonly bodyBottomWithFooter: number;
}

const even = (n: number): BlockPadding => ({ top: n, inline: n, bottom: n });

/** Bubble sizes (S; D lists the sizes and default mega, never their widths). */
export const BUBBLES: Readonly<Record<BubbleSize, BubbleMetrics>> = {
  nano: { width: 120, radius: 10, padding: even(10), bodyBottomWithFooter: 10 },
  micro: { width: 160, radius: 10, padding: even(10), bodyBottomWithFooter: 10 },
  deca: { width: 220, radius: 10, padding: { top: 11, inline: 14, bottom: 13 }, bodyBottomWithFooter: 17 },
  hecto: { width: 241, radius: 10, padding: { top: 11, inline: 14, bottom: 13 }, bodyBottomWithFooter: 17 },
  kilo: { width: 260, radius: 10, padding: even(13), bodyBottomWithFooter: 17 },
  mega: { width: 300, radius: 17, padding: { top: 19, inline: 20, bottom: 20 }, bodyBottomWithFooter: 10 },
  giga: { width: 500, radius: 5, padding: { top: 19, inline: 20, bottom: 20 }, bodyBottomWithFooter: 10 },
};

/** The footer's default padding, every size (S). */
export const FOOTER_PADDING = 10;

/** Buttons (S; D names the styles and heights, not their values). */
export const BUTTON = {
  height: { md: 52, sm: 40 } as Readonly<Record<string, number>>,
  radius: 8,
  paddingInline: 16,
  fontSize: 16,
  primary: { background: '#17c950', color: '#ffffff' },
  secondary: { background: '#dcdfe5', color: '#111111' },
  link: { color: '#42659a' },
} as const;

/** Separators between blocks and separator components (S). */
export const SEPARATOR_COLOR = '#d4d6da';

/** A bubble's background, under its blocks' own colours (S). */
export const BUBBLE_BACKGROUND = '#ffffff';

/** Default text colour, font stack and line height inherited from the simulator's body (S). */
export const TEXT = {
  color: '#444444',
  lineHeight: 1.4,
  fontFamily: '-apple-system, BlinkMacSystemFont, Helvetica, Roboto, sans-serif',
} as const;

/** Carousel slider (S): items 80% wide up to the size width, 9px apart, a 7px trailing spacer. */
export const CAROUSEL = { itemWidthPercent: 80, gap: 9, trailing: 7 } as const;

/** Image aspect ratio presets of templates (D: rectangle 1.51:1, square 1:1), as height / width. */
export const TEMPLATE_RATIO: Readonly<Record<string, number>> = { rectangle: 1 / 1.51, square: 1 };

/** A template image's background when `imageBackgroundColor` is not given (D). */
export const TEMPLATE_IMAGE_BACKGROUND = '#ffffff';

/** The width an imagemap's coordinates are given in (D). */
export const IMAGEMAP_BASE_WIDTH = 1040;

/** Chat chrome (P unless noted): LINE does not document the chat screen's geometry. */
export const CHAT = {
  /** Default phone width, a 390 pt phone. */
  width: 390,
  /** S: the simulator page's preview background. */
  background: '#849ebf',
  /** The space left of the avatar, the avatar, and the space after it: where messages start. */
  inset: 10,
  avatar: 36,
  avatarGap: 8,
  /** A text bubble's widest. */
  textBubble: 270,
  /** The user's own bubbles: LINE's green, approximated (RENDERING.md: no source gives its value). */
  userBubble: '#8de055',
  /** Buttons and confirm templates are capped at this width (like a mega bubble). */
  cardWidth: 300,
  /** Columns of a template carousel and of an image carousel. */
  templateColumn: 260,
  imageColumn: 200,
  sticker: 150,
  imageMax: 240,
  /** The input bar, and the chat bar of a rich menu in its place (L in RENDERING.md §11: 50px). */
  chatBar: 50,
} as const;

/**
 * Boxes nested deeper than this are not drawn: a marker says so in their place (P). LINE sets no
 * depth; validation refuses JSON nested deeper than `LIMITS.nesting` levels, and every box adds at
 * least one, so whatever validates is drawn whole. The limit keeps the walk's stack and the page
 * (each element carries its JSON path) small for JSON that does not validate.
 */
export const MAX_DRAWN_DEPTH = LIMITS.nesting.max;

/** The size a rich menu without a valid size is drawn at: LINE's full size (D, `R#size-object`). */
export const RICH_MENU_FALLBACK_SIZE = { width: 2500, height: 1686 } as const;
