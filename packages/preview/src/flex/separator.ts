/**
 * A separator (`R#separator`): a hairline across a vertical box or down a horizontal one. Like
 * LINE's own renderer it takes no room of its own; `margin` (or the box's spacing) spaces it.
 */
import type { SafeHtml } from '../html.ts';
import { color, type JsonObject } from '../input.ts';
import { SEPARATOR_COLOR } from '../values.ts';
import { type FlexContext, itemStyle } from './context.ts';
import { flexElement } from './element.ts';

export function renderSeparator(node: JsonObject, ctx: FlexContext): SafeHtml {
  const declarations = [itemStyle(node, ctx, { fixedSize: true }), { 'border-color': color(node.color) ?? SEPARATOR_COLOR }];
  return flexElement('separator', node, ctx, declarations, '', { className: ctx.layout === 'vertical' ? 'lj-across' : 'lj-down' });
}
