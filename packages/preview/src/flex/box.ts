/** A flex box (`R#box`): a CSS flexbox with LINE's keywords, paddings, borders and gradient. */
import type { SafeHtml } from '../html.ts';
import { arr, color, type JsonObject, obj, oneOf, str } from '../input.ts';
import { renderComponent } from './component.ts';
import { childContext, type FlexContext, itemStyle, type Layout } from './context.ts';
import { flexElement } from './element.ts';
import { borderLength, boxLength, paddingLength, radiusLength } from './length.ts';

const LAYOUTS: readonly Layout[] = ['vertical', 'horizontal', 'baseline'];
const JUSTIFY = ['flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly'] as const;
const ALIGN = ['flex-start', 'center', 'flex-end'] as const;

/** Paddings: the block default (root boxes only), then paddingAll, then each side. */
function paddings(node: JsonObject, ctx: FlexContext): Record<string, string | undefined> {
  const block = ctx.blockPadding;
  const all = paddingLength(node.paddingAll);
  const side = (key: string, fallback: number | undefined) =>
    paddingLength(node[key]) ?? all ?? (fallback === undefined ? undefined : `${fallback}px`);
  return {
    'padding-top': side('paddingTop', block?.top),
    'padding-bottom': side('paddingBottom', block?.bottom),
    'padding-inline-start': side('paddingStart', block?.inline),
    'padding-inline-end': side('paddingEnd', block?.inline),
  };
}

/** `linearGradient` as CSS: the same angle convention (0deg = bottom to top, clockwise). */
function gradient(value: unknown): string | undefined {
  const g = obj(value);
  if (g?.type !== 'linearGradient') return undefined;
  const angle = str(g.angle);
  const start = color(g.startColor);
  const end = color(g.endColor);
  if (!angle || !/^\d+(?:\.\d+)?deg$/.test(angle) || !start || !end) return undefined;
  const center = color(g.centerColor);
  const middle = center ? `, ${center} ${boxLength(g.centerPosition) ?? '50%'}` : '';
  return `linear-gradient(${angle}, ${start} 0%${middle}, ${end} 100%)`;
}

export function renderBox(node: JsonObject, ctx: FlexContext): SafeHtml {
  const layout = oneOf(node.layout, LAYOUTS) ?? 'vertical';
  const width = boxLength(node.width);
  const height = boxLength(node.height);
  const borderWidth = borderLength(node.borderWidth);
  const declarations = {
    width,
    height,
    'max-width': boxLength(node.maxWidth),
    'max-height': boxLength(node.maxHeight),
    'background-color': color(node.backgroundColor),
    'background-image': gradient(node.background),
    'border-width': borderWidth,
    'border-style': borderWidth ? 'solid' : undefined,
    'border-color': color(node.borderColor),
    'border-radius': radiusLength(node.cornerRadius),
    'justify-content': oneOf(node.justifyContent, JUSTIFY),
    'align-items': layout === 'baseline' ? undefined : oneOf(node.alignItems, ALIGN),
  };
  const children = arr(node.contents).map((child, i) => renderComponent(child, childContext(ctx, node, layout, i)));
  const item = itemStyle(node, ctx, { fixedSize: ctx.layout === 'vertical' ? height !== undefined : width !== undefined });
  return flexElement('box', node, ctx, [item, paddings(node, ctx), declarations], children, { className: `lj-${layout}` });
}
