/**
 * A flex text (`R#f-text`) and its spans (`R#span`): LINE's font sizes, ellipsis when not wrapped,
 * `\n` as a line break when wrapped, maxLines as a line clamp, and lineSpacing between lines only.
 */
import { html, multiline, type SafeHtml, style } from '../html.ts';
import { arr, color, type JsonObject, num, obj, oneOf, str } from '../input.ts';
import { TEXT } from '../values.ts';
import { type FlexContext, gravityStyle, itemStyle } from './context.ts';
import { flexElement } from './element.ts';
import { fontLength, pxNumber } from './length.ts';

const DECORATIONS = ['none', 'underline', 'line-through'] as const;
const ALIGN_VALUES = ['start', 'end', 'center'] as const;

/** Font declarations shared by a text and its spans. */
function fontStyle(node: JsonObject, inheritedDecoration: boolean): Record<string, string | undefined> {
  const decoration = oneOf(node.decoration, DECORATIONS);
  return {
    'font-size': fontLength(node.size),
    color: color(node.color),
    'font-weight': node.weight === 'bold' ? '700' : undefined,
    'font-style': node.style === 'italic' ? 'italic' : undefined,
    // A span can not undo its text's decoration (`R#span`).
    'text-decoration-line': inheritedDecoration ? undefined : decoration === 'none' ? undefined : decoration,
  };
}

function spanHtml(value: unknown, decorated: boolean, wrap: boolean): SafeHtml {
  const span = obj(value) ?? {};
  const content = str(span.text) ?? '';
  return html`<span class="lj-span"${style(fontStyle(span, decorated))}>${wrap ? multiline(content) : content}</span>`;
}

export function renderText(node: JsonObject, ctx: FlexContext): SafeHtml {
  const wrap = node.wrap === true;
  const maxLines = wrap ? (num(node.maxLines) ?? 0) : 0;
  const decorated = oneOf(node.decoration, DECORATIONS) !== undefined && node.decoration !== 'none';
  const spans = arr(node.contents);
  const raw = str(node.text) ?? '';
  // Spans replace the text when there are any; a text that does not wrap stays on one line.
  const content = spans.length ? spans.map((span) => spanHtml(span, decorated, wrap)) : wrap ? multiline(raw) : raw.replace(/\r?\n/g, ' ');
  // lineSpacing adds space between lines, not above the first or below the last (`R#f-text`).
  const lineSpacing = pxNumber(node.lineSpacing);
  const paragraph = {
    'text-align': oneOf(node.align, ALIGN_VALUES),
    'line-height': lineSpacing ? `calc(${TEXT.lineHeight}em + ${lineSpacing}px)` : undefined,
    'margin-block': lineSpacing ? `${-lineSpacing / 2}px` : undefined,
    '-webkit-line-clamp': maxLines > 0 ? String(maxLines) : undefined,
  };
  const className = [wrap ? 'lj-wrap' : 'lj-nowrap', maxLines > 0 ? 'lj-clamp' : ''].filter(Boolean).join(' ');
  const declarations = [itemStyle(node, ctx), { 'justify-content': gravityStyle(node.gravity) }];
  return flexElement(
    'text',
    node,
    ctx,
    declarations,
    html`<p class="${className}"${style(fontStyle(node, false), paragraph)}>${content}</p>`,
  );
}
