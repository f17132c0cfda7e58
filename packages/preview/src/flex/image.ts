/**
 * A flex image (`R#f-image`): `size` is a maximum width that a narrower slot shrinks, the height
 * follows `aspectRatio` (default 1:1), `fit` letterboxes over `backgroundColor`, `cover` crops.
 */
import { html, imageUrl, img, type SafeHtml, style } from '../html.ts';
import { color, type JsonObject, num, ratio } from '../input.ts';
import { type FlexContext, gravityStyle, itemStyle } from './context.ts';
import { flexElement } from './element.ts';
import { imageWidth } from './length.ts';

const ALIGN = { start: 'flex-start', end: 'flex-end', center: 'center' } as const;

/** The picture itself: a box of the image's ratio with the image fitted or cropped inside. */
export function imageFrame(
  url: unknown,
  options: { width: string; ratio: number; cover: boolean; background?: string | undefined },
): SafeHtml {
  const src = imageUrl(url);
  const frame = style({ width: options.width, 'background-color': options.background });
  const pad = style({ 'padding-bottom': `${+(options.ratio * 100).toFixed(4)}%` });
  return html`<div class="lj-image-frame${options.cover ? ' lj-cover' : ''}${src ? '' : ' lj-missing'}"${frame}><div class="lj-ratio"${pad}></div>${img(src, 'lj-picture')}</div>`;
}

/**
 * The width of the image component itself when its size is relative: `full` is always 100% of the
 * box (as in LINE's stylesheet), and a percentage is one of the box when the component takes its
 * content's size (flex 0 across a horizontal box, or absolute), where a picture of a percentage of
 * nothing would be drawn 0 wide. Undefined when the picture's own width does the sizing.
 */
function componentWidth(node: JsonObject, ctx: FlexContext, width: string): string | undefined {
  if (node.size === 'full') return width;
  if (!width.endsWith('%')) return undefined;
  const contentSized = (node.position === 'absolute' && !ctx.root) || (ctx.layout !== 'vertical' && (num(node.flex) ?? 1) <= 0);
  return contentSized ? width : undefined;
}

export function renderImage(node: JsonObject, ctx: FlexContext): SafeHtml {
  const align = typeof node.align === 'string' && Object.hasOwn(ALIGN, node.align) ? ALIGN[node.align as keyof typeof ALIGN] : undefined;
  const size = imageWidth(node.size);
  const width = componentWidth(node, ctx, size);
  const declarations = [itemStyle(node, ctx), { width, 'align-items': align, 'justify-content': gravityStyle(node.gravity) }];
  const frame = imageFrame(node.url, {
    // The component carries a relative width; the picture then fills it.
    width: width === undefined ? size : '100%',
    ratio: ratio(node.aspectRatio) ?? 1,
    cover: node.aspectMode === 'cover',
    background: color(node.backgroundColor),
  });
  return flexElement('image', node, ctx, declarations, frame);
}
