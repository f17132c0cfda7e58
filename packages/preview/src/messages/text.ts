/**
 * Text messages (`R#text-message`) with LINE emoji at their `$` placeholders, and textV2 messages
 * (`R#text-message-v2`) with `{key}` substitutions drawn as highlighted mentions and emoji.
 */
import { escapeHtml } from '../html.ts';
import { arr, type JsonObject, num, obj, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';
import { emojiHtml } from './emoji.ts';

function bubble(path: string, issues: IssueIndex, inner: string): Drawn {
  return messageBox('text', path, issues, `<div class="lj-text-bubble">${inner}</div>`);
}

export function renderTextMessage(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const text = str(message.text) ?? '';
  const emojis = new Map<number, JsonObject>();
  for (const value of arr(message.emojis)) {
    const emoji = obj(value);
    const index = num(emoji?.index);
    if (emoji && index !== undefined && text[index] === '$') emojis.set(index, emoji);
  }
  let html = '';
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const emoji = emojis.get(i);
    if (!emoji) {
      run += text[i];
      continue;
    }
    html += escapeHtml(run) + emojiHtml(str(emoji.productId), str(emoji.emojiId));
    run = '';
  }
  return bubble(path, issues, html + escapeHtml(run));
}

/** `@name` as LINE highlights a mention; we know the key, not the user's display name. */
function mentionHtml(key: string, substitution: JsonObject): string {
  const mentionee = obj(substitution.mentionee);
  const name = mentionee?.type === 'all' ? 'All' : key;
  const title = mentionee?.type === 'user' ? ` title="${escapeHtml(str(mentionee.userId) ?? '')}"` : '';
  return `<span class="lj-mention"${title}>@${escapeHtml(name)}</span>`;
}

export function renderTextV2Message(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const text = str(message.text) ?? '';
  const substitution = obj(message.substitution) ?? {};
  // `{{` and `}}` are literal braces; `{key}` is a substitution; anything unpaired is shown as typed.
  const html = text.replace(/\{\{|\}\}|\{([0-9A-Za-z_]+)\}|[^{}]+|[{}]/g, (token, key: string | undefined) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (key === undefined) return escapeHtml(token);
    const value = obj(substitution[key]);
    if (value?.type === 'mention') return mentionHtml(key, value);
    if (value?.type === 'emoji') return emojiHtml(str(value.productId), str(value.emojiId));
    return `<span class="lj-unresolved">${escapeHtml(token)}</span>`;
  });
  return bubble(path, issues, html);
}
