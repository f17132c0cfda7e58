/** Rendered designs in a few words, for summaries: "a flex message (a carousel of 3 bubbles), 4,210 bytes". */
import type { RenderKind } from '@linejsx/jsx';
import { jsonBytes } from '@linejsx/schema';
import { count } from './words.ts';

type RichMenuJson = { name?: string; size?: { width?: number; height?: number }; areas?: unknown[] };

/** `flex` and what is in it: `a carousel of 3 bubbles`, `buttons`… */
function messageWords(message: unknown): { type: string; detail?: string } {
  const m = (message ?? {}) as { type?: unknown; contents?: { type?: unknown; contents?: unknown[] }; template?: { type?: unknown } };
  if (m.type === 'flex')
    return {
      type: 'flex',
      detail: m.contents?.type === 'carousel' ? `a carousel of ${m.contents.contents?.length ?? 0} bubbles` : 'a bubble',
    };
  if (m.type === 'template') return { type: 'template', detail: String(m.template?.type) };
  return { type: String(m.type) };
}

/**
 * What a rendered design is, with its size in bytes of JSON.
 *
 * @example
 * describeRendered('message', receiptJson); // "a flex message (a bubble), 1,909 bytes"
 */
export function describeRendered(kind: RenderKind, json: unknown): string {
  const bytes = `${count(jsonBytes(json))} bytes`;
  if (kind === 'richMenu') {
    const menu = json as RichMenuJson;
    return `a rich menu of ${menu.size?.width}×${menu.size?.height} with ${menu.areas?.length ?? 0} areas, ${bytes}`;
  }
  if (kind === 'richMenus') {
    const menus = json as RichMenuJson[];
    return `${menus.length} rich menus: ${menus.map((m) => `${JSON.stringify(m.name)} (${m.size?.width}×${m.size?.height}, ${m.areas?.length ?? 0} areas)`).join(', ')}; ${bytes}`;
  }
  const messages = kind === 'messages' ? (json as unknown[]) : [json];
  const words = messages.map(messageWords);
  if (words.length === 1) return `a ${words[0]!.type} message${words[0]!.detail ? ` (${words[0]!.detail})` : ''}, ${bytes}`;
  return `${words.length} messages: ${words.map((w) => (w.detail ? `${w.type} (${w.detail})` : w.type)).join(', ')}; ${bytes}`;
}

/**
 * The messages of a rendered message design, as the array a send takes.
 *
 * @example
 * messagesOf('message', { type: 'text', text: 'Hi' }); // [{ type: 'text', text: 'Hi' }]
 */
export function messagesOf(kind: RenderKind, json: unknown): unknown[] {
  return kind === 'messages' ? (json as unknown[]) : [json];
}
