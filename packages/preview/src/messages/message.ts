/** Draws any message object by its `type`; an unknown one as a labelled bubble, never nothing. */
import { html } from '../html.ts';
import { type JsonObject, obj } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { renderCoupon } from './coupon.ts';
import { type Drawn, type MessageRenderer, messageBox } from './drawn.ts';
import { renderBareContainer, renderFlexMessage } from './flex.ts';
import { renderImagemap } from './imagemap.ts';
import { renderLocation } from './location.ts';
import { renderAudio, renderImageMessage, renderSticker, renderVideoMessage } from './media.ts';
import { renderTemplate } from './template.ts';
import { renderTextMessage, renderTextV2Message } from './text.ts';

const RENDERERS: Readonly<Record<string, MessageRenderer>> = {
  text: renderTextMessage,
  textV2: renderTextV2Message,
  sticker: renderSticker,
  image: renderImageMessage,
  video: renderVideoMessage,
  audio: renderAudio,
  location: renderLocation,
  imagemap: renderImagemap,
  template: renderTemplate,
  flex: renderFlexMessage,
  coupon: renderCoupon,
  bubble: renderBareContainer,
  carousel: renderBareContainer,
};

/** One message at `path` (`messages[0]`). */
export function drawMessage(value: unknown, path: string, issues: IssueIndex): Drawn {
  const message: JsonObject = obj(value) ?? {};
  const type = typeof message.type === 'string' && Object.hasOwn(RENDERERS, message.type) ? message.type : undefined;
  if (type) return RENDERERS[type]!(message, path, issues);
  const what =
    typeof message.type === 'string' ? `a "${message.type}" message` : obj(value) ? 'a message without a type' : 'not a message object';
  return messageBox('unknown', path, issues, html`<div class="lj-text-bubble lj-unknown-message">${what}</div>`);
}
