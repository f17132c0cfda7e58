/**
 * What a flex component needs from its surroundings: its JSON path, the layout and spacing of the
 * box it sits in, whether it comes first, and the problems to mark. `itemStyle` turns the
 * properties every component shares (flex, margin, position, offsets) into CSS the way LINE lays
 * them out (`Dl#horizontal-box`, `Dl#vertical-box`, `Dl#margin-property`, `Dl#component-offset`).
 */
import type { Declarations } from '../html.ts';
import type { JsonObject } from '../input.ts';
import { num } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import type { BlockPadding } from '../values.ts';
import { offsetLength, spacingLength } from './length.ts';

export type Layout = 'vertical' | 'horizontal' | 'baseline';

export interface FlexContext {
  readonly path: string;
  readonly issues: IssueIndex;
  /** Layout of the parent box. */
  readonly layout: Layout;
  /** First child of its box: the box's spacing never comes before it. */
  readonly first: boolean;
  /** The parent box's spacing as a CSS length. */
  readonly spacing: string | undefined;
  /** The root component of a block: the block lays it out, so its own flex and margin do not apply. */
  readonly root?: boolean;
  /** Default paddings when this box is the root box of a header, body or footer block. */
  readonly blockPadding?: BlockPadding | undefined;
  /** How many boxes hold this component (0 for a block's root). */
  readonly depth: number;
}

/** The context of the `index`-th child of a box. */
export function childContext(parent: FlexContext, node: JsonObject, layout: Layout, index: number): FlexContext {
  return {
    path: `${parent.path}.contents[${index}]`,
    issues: parent.issues,
    layout,
    first: index === 0,
    spacing: spacingLength(node.spacing),
    depth: parent.depth + 1,
  };
}

export interface ItemOptions {
  /** A box with a width (horizontal parent) or height (vertical parent) has its flex forced to 0. */
  readonly fixedSize?: boolean;
  /** Icons and fillers have no `margin`/`flex` of their own in some layouts; spans none at all. */
  readonly kind?: 'filler' | 'icon' | 'component';
}

/** CSS for the properties every flex component shares: flex, margin or spacing, position and offsets. */
export function itemStyle(node: JsonObject, ctx: FlexContext, options: ItemOptions = {}): Declarations {
  const kind = options.kind ?? 'component';
  const mainAxisHorizontal = ctx.layout !== 'vertical';

  // flex: default 1 in horizontal and baseline boxes, 0 in vertical ones; icons are always 0; a
  // block's root is laid out by the block and has none.
  let flex = num(node.flex) ?? (kind === 'filler' || mainAxisHorizontal ? 1 : 0);
  if (kind === 'icon' || options.fixedSize) flex = 0;
  const grow = ctx.root ? undefined : flex <= 0 ? '0 0 auto' : mainAxisHorizontal || kind === 'filler' ? `${flex} 0 0` : `${flex} 0 auto`;

  const absolute = node.position === 'absolute' && !ctx.root;
  // margin overrides the parent's spacing; spacing skips the first child, fillers and absolute items.
  const spaced = spacingLength(node.margin) ?? (ctx.first || kind === 'filler' || absolute ? undefined : ctx.spacing);
  const margin = absolute || ctx.root ? undefined : spaced;
  // One shape for every component, absent values undefined: cheap to build, and style() skips them.
  return {
    flex: grow,
    'margin-inline-start': mainAxisHorizontal ? margin : undefined,
    'margin-top': mainAxisHorizontal ? undefined : margin,
    position: absolute ? 'absolute' : undefined,
    top: offsetLength(node.offsetTop),
    // A baseline box's children can not be moved by offsetBottom (`Dl#baseline-box`).
    bottom: ctx.layout !== 'baseline' || absolute ? offsetLength(node.offsetBottom) : undefined,
    'inset-inline-start': offsetLength(node.offsetStart),
    'inset-inline-end': offsetLength(node.offsetEnd),
  };
}

/** `justify-content` for a component's `gravity` (its content's place along the cross axis of a horizontal box). */
export function gravityStyle(value: unknown): string | undefined {
  return value === 'center' ? 'center' : value === 'bottom' ? 'flex-end' : undefined;
}
