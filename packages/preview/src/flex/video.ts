/**
 * A hero video (`R#f-video`): drawn as LINE shows it before playing, its preview image at the
 * video's aspect ratio with a play button.
 */
import { html, type SafeHtml } from '../html.ts';
import { PLAY } from '../icons.ts';
import type { JsonObject } from '../input.ts';
import { ratio } from '../input.ts';
import type { FlexContext } from './context.ts';
import { flexElement } from './element.ts';
import { imageFrame } from './image.ts';

export function renderVideo(node: JsonObject, ctx: FlexContext): SafeHtml {
  const frame = imageFrame(node.previewUrl, { width: '100%', ratio: ratio(node.aspectRatio) ?? 1, cover: true });
  return flexElement('video', node, ctx, {}, html`${frame}${PLAY}`);
}
