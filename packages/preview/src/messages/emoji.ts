/** A LINE emoji drawn inline in a text bubble, from LINE's sticon CDN (with a placeholder offline). */
import { escapeHtml } from '../html.ts';

/** The image URL of a LINE emoji (the pattern LINE's own clients load). */
export function emojiUrl(productId: string, emojiId: string): string {
  return `https://stickershop.line-scdn.net/sticonshop/v1/sticon/${encodeURIComponent(productId)}/android/${encodeURIComponent(emojiId)}.png`;
}

export function emojiHtml(productId: string | undefined, emojiId: string | undefined): string {
  const title = `LINE emoji ${productId ?? '?'}/${emojiId ?? '?'}`;
  if (!productId || !emojiId) return `<span class="lj-emoji lj-missing" title="${escapeHtml(title)}"></span>`;
  return `<img class="lj-emoji" src="${escapeHtml(emojiUrl(productId, emojiId))}" alt="" title="${escapeHtml(title)}" onerror="this.classList.add('lj-missing')">`;
}
