/** A button (`R#button`): link (default), primary or secondary; 52px (md) or 40px (sm) high. */
import { actionLabel } from '../action.ts';
import { html, type SafeHtml, style } from '../html.ts';
import { color, type JsonObject, oneOf } from '../input.ts';
import { BUTTON } from '../values.ts';
import { type FlexContext, gravityStyle, itemStyle } from './context.ts';
import { flexElement } from './element.ts';

export function renderButton(node: JsonObject, ctx: FlexContext): SafeHtml {
  const kind = oneOf(node.style, ['primary', 'secondary', 'link'] as const) ?? 'link';
  const custom = color(node.color);
  // `color` is the background of primary and secondary buttons and the text colour of a link.
  const face =
    kind === 'link'
      ? { color: custom ?? BUTTON.link.color }
      : { 'background-color': custom ?? BUTTON[kind].background, color: BUTTON[kind].color };
  const height = BUTTON.height[oneOf(node.height, ['sm', 'md'] as const) ?? 'md'];
  const inner = html`<div class="lj-button-face"${style({ ...face, height: `${height}px` })}><span>${actionLabel(node.action)}</span></div>`;
  const declarations = [itemStyle(node, ctx), { 'justify-content': gravityStyle(node.gravity) }];
  return flexElement('button', node, ctx, declarations, inner, { className: `lj-button-${kind}` });
}
