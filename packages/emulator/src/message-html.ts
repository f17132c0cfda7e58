/**
 * How the chat view draws one message. For now readable JSON; the one place to plug in
 * `@linejsx/preview` once it exists, so that messages look as the LINE app draws them.
 */
import type { Message } from '@linejsx/schema';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One message as an HTML fragment for the chat view.
 *
 * @example
 * renderMessageHtml({ type: 'text', text: 'Hi <3' }); // '<pre class="message-json">{\n  &#34;type&#34;: …</pre>'
 */
export function renderMessageHtml(message: Message): string {
  return `<pre class="message-json">${escapeHtml(JSON.stringify(message, null, 2))}</pre>`;
}
