/** The user's own words in the chat frame: where they go among the bot's messages, escaped. */
import { renderChatHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';

const positions = (page: string, texts: readonly string[]) => texts.map((text) => page.indexOf(text));

describe('userTexts', () => {
  it('go before the message they name, or after the last one, in order', () => {
    const page = renderChatHtml(
      [
        { type: 'text', text: 'first answer' },
        { type: 'text', text: 'second answer' },
      ],
      {
        userTexts: [
          { text: 'question one', before: 0 },
          { text: 'question two', before: 1 },
          { text: 'thanks', before: 2 },
        ],
      },
    );
    const at = positions(page, ['question one', 'first answer', 'question two', 'second answer', 'thanks']);
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('bring back the bot’s avatar and name for its next message', () => {
    const messages = [
      { type: 'text', text: 'one' },
      { type: 'text', text: 'two' },
    ];
    const names = (page: string) => page.match(/class="lj-name"/g)?.length ?? 0;
    expect(names(renderChatHtml(messages))).toBe(1);
    expect(names(renderChatHtml(messages, { userTexts: [{ text: 'hm?', before: 1 }] }))).toBe(2);
  });

  it('are text, never markup', () => {
    const page = renderChatHtml([], { issues: [], userTexts: [{ text: '<img src=x onerror=alert(1)>', before: 0 }] });
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img src=x');
  });
});
