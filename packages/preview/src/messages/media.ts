/**
 * Stickers, images, videos and audio (`R#sticker-message` … `R#audio-message`) as the chat shows
 * them: a sticker with no bubble, a rounded photo, a photo with a play button, an audio pill.
 */
import { type HtmlValue, html, imageUrl, img, type SafeHtml } from '../html.ts';
import { PLAY } from '../icons.ts';
import { type JsonObject, num, text } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';

/** The sticker image URL on LINE's CDN. */
export function stickerUrl(stickerId: string): string {
  return `https://stickershop.line-scdn.net/stickershop/v1/sticker/${encodeURIComponent(stickerId)}/android/sticker.png`;
}

export function renderSticker(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const packageId = text(message.packageId) ?? '?';
  const stickerId = text(message.stickerId);
  // The frame keeps a sticker's size and names it, so a sticker that can not load still shows.
  const label = html`<span class="lj-sticker-label">Sticker ${packageId}/${stickerId ?? '?'}</span>`;
  const picture = stickerId ? img(stickerUrl(stickerId), 'lj-sticker-image') : undefined;
  return messageBox('sticker', path, issues, html`<div class="lj-sticker${stickerId ? '' : ' lj-missing'}">${label}${picture}</div>`);
}

function photo(url: unknown, extra?: HtmlValue): SafeHtml {
  const src = imageUrl(url);
  return html`<div class="lj-photo${src ? '' : ' lj-missing'}">${img(src, 'lj-photo-image')}${extra}</div>`;
}

export function renderImageMessage(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  return messageBox('image', path, issues, photo(message.previewImageUrl));
}

export function renderVideoMessage(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  return messageBox('video', path, issues, photo(message.previewImageUrl, PLAY));
}

/** `65000` ms -> `1:05`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return '0:00';
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function renderAudio(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const inner = html`<div class="lj-audio"><span class="lj-audio-play" aria-hidden="true"></span><span class="lj-audio-track"></span><span class="lj-audio-time">${formatDuration(num(message.duration))}</span></div>`;
  return messageBox('audio', path, issues, inner);
}
