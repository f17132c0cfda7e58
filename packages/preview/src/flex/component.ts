/** Draws any flex component by its `type`; an unknown one as a labelled placeholder, never nothing. */
import type { SafeHtml } from '../html.ts';
import { type JsonObject, obj } from '../input.ts';
import { MAX_DRAWN_DEPTH } from '../values.ts';
import { renderBox } from './box.ts';
import { renderButton } from './button.ts';
import type { FlexContext } from './context.ts';
import { flexElement } from './element.ts';
import { renderFiller } from './filler.ts';
import { renderIcon } from './icon.ts';
import { renderImage } from './image.ts';
import { renderSeparator } from './separator.ts';
import { renderText } from './text.ts';
import { renderVideo } from './video.ts';

const RENDERERS: Readonly<Record<string, (node: JsonObject, ctx: FlexContext) => SafeHtml>> = {
  box: renderBox,
  text: renderText,
  image: renderImage,
  icon: renderIcon,
  button: renderButton,
  separator: renderSeparator,
  filler: renderFiller,
  video: renderVideo,
};

export function renderComponent(value: unknown, ctx: FlexContext): SafeHtml {
  const node = obj(value) ?? {};
  // A walk that follows any depth would overflow the stack on hostile input: stop, and say so.
  if (ctx.depth > MAX_DRAWN_DEPTH) {
    return flexElement('too-deep', node, ctx, {}, `nested too deep to draw: more than ${MAX_DRAWN_DEPTH} boxes`, {
      className: 'lj-invalid',
    });
  }
  const renderer = typeof node.type === 'string' && Object.hasOwn(RENDERERS, node.type) ? RENDERERS[node.type]! : undefined;
  if (renderer) return renderer(node, ctx);
  const what = typeof node.type === 'string' ? node.type : 'component without a type';
  return flexElement('unknown', node, ctx, {}, what, { className: 'lj-invalid' });
}
