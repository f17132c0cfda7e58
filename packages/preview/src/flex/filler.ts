/** A filler (`R#filler`): empty space growing with `flex` (default 1); a box's spacing skips it. */
import type { SafeHtml } from '../html.ts';
import type { JsonObject } from '../input.ts';
import { type FlexContext, itemStyle } from './context.ts';
import { flexElement } from './element.ts';

export function renderFiller(node: JsonObject, ctx: FlexContext): SafeHtml {
  return flexElement('filler', node, ctx, itemStyle(node, ctx, { kind: 'filler' }), '');
}
