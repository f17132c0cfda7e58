/**
 * Text messages (`R#text-message`) with LINE emoji at their `$` placeholders, and textV2 messages
 * (`R#text-message-v2`) with `{key}` substitutions drawn as highlighted mentions and emoji.
 */
import { attrs, type HtmlValue, html, type SafeHtml } from '../html.ts';
import { arr, type JsonObject, num, obj, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';
import { emojiHtml } from './emoji.ts';

function bubble(path: string, issues: IssueIndex, inner: HtmlValue): Drawn {
  return messageBox('text', path, issues, html`<div class="lj-text-bubble">${inner}</div>`);
}

export function renderTextMessage(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const text = str(message.text) ?? '';
  const emojis = new Map<number, JsonObject>();
  for (const value of arr(message.emojis)) {
    const emoji = obj(value);
    const index = num(emoji?.index);
    if (emoji && index !== undefined && text[index] === '$') emojis.set(index, emoji);
  }
  // Runs of text between the emoji, each emoji at its `$`.
  const parts: HtmlValue[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const emoji = emojis.get(i);
    if (!emoji) {
      run += text[i];
      continue;
    }
    parts.push(run, emojiHtml(str(emoji.productId), str(emoji.emojiId)));
    run = '';
  }
  parts.push(run);
  return bubble(path, issues, parts);
}

/** `@name` as LINE highlights a mention; we know the key, not the user's display name. */
function mentionHtml(key: string, substitution: JsonObject): SafeHtml {
  const mentionee = obj(substitution.mentionee);
  const name = mentionee?.type === 'all' ? 'All' : key;
  const title = mentionee?.type === 'user' ? (str(mentionee.userId) ?? '') : undefined;
  return html`<span class="lj-mention"${attrs({ title })}>@${name}</span>`;
}

/** `{key}` as its substitution: a mention, an emoji, or the key in red when there is none. */
function substituted(token: string, key: string, value: JsonObject | undefined): SafeHtml {
  if (value?.type === 'mention') return mentionHtml(key, value);
  if (value?.type === 'emoji') return emojiHtml(str(value.productId), str(value.emojiId));
  return html`<span class="lj-unresolved">${token}</span>`;
}

export function renderTextV2Message(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const text = str(message.text) ?? '';
  const substitution = obj(message.substitution) ?? {};
  // `{{` and `}}` are literal braces; `{key}` is a substitution; anything unpaired is shown as typed.
  const parts: HtmlValue[] = [];
  for (const [token, key] of text.matchAll(/\{\{|\}\}|\{([0-9A-Za-z_]+)\}|[^{}]+|[{}]/g)) {
    parts.push(token === '{{' ? '{' : token === '}}' ? '}' : key === undefined ? token : substituted(token, key, obj(substitution[key])));
  }
  return bubble(path, issues, parts);
}
