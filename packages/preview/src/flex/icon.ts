/**
 * An icon (`R#icon`): an image of the text size's height, `aspectRatio` wide, sitting on the
 * baseline by its bottom edge. Its flex is always 0.
 */
import { attrs, html, imageUrl, type SafeHtml, style } from '../html.ts';
import { type JsonObject, ratio } from '../input.ts';
import { FONT_SIZE_PX } from '../values.ts';
import { type FlexContext, itemStyle } from './context.ts';
import { fontLength, pxNumber } from './length.ts';

export function renderIcon(node: JsonObject, ctx: FlexContext): SafeHtml {
  const height = pxNumber(fontLength(node.size)) ?? FONT_SIZE_PX.md!;
  // aspectRatio is width:height; ratio() gives height/width.
  const width = height / (ratio(node.aspectRatio) ?? 1);
  const src = imageUrl(node.url);
  const mark = ctx.issues.mark(ctx.path);
  const declarations = [itemStyle(node, ctx, { kind: 'icon' }), { width: `${+width.toFixed(2)}px`, height: `${height}px` }];
  // An <img> is its own box, so a flex baseline aligns its bottom edge, as LINE does.
  return html`<img class="lj-icon${src ? '' : ' lj-missing'}${mark.className}" data-path="${ctx.path}"${attrs({ title: mark.title })} src="${src ?? ''}" alt=""${style(...declarations)} onerror="this.classList.add('lj-missing')">`;
}
