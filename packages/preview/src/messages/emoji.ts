/** A LINE emoji drawn inline in a text bubble, from LINE's sticon CDN (with a placeholder offline). */
import { html, type SafeHtml } from '../html.ts';

/** The image URL of a LINE emoji (the pattern LINE's own clients load). */
export function emojiUrl(productId: string, emojiId: string): string {
  return `https://stickershop.line-scdn.net/sticonshop/v1/sticon/${encodeURIComponent(productId)}/android/${encodeURIComponent(emojiId)}.png`;
}

export function emojiHtml(productId: string | undefined, emojiId: string | undefined): SafeHtml {
  const title = `LINE emoji ${productId ?? '?'}/${emojiId ?? '?'}`;
  if (!productId || !emojiId) return html`<span class="lj-emoji lj-missing" title="${title}"></span>`;
  return html`<img class="lj-emoji" src="${emojiUrl(productId, emojiId)}" alt="" title="${title}" onerror="this.classList.add('lj-missing')">`;
}
