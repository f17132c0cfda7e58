/**
 * No string of a message, of a rich menu or of the options ever becomes markup: every string is
 * replaced by hostile text and the whole page is searched for what that text would have made.
 * (test/browser/escaping.test.ts parses the same pages in chromium.)
 */
import { renderMessages } from '@linejsx/jsx';
import { renderChatHtml, renderMessageHtml, renderPage, renderRichMenuHtml, renderRichMenuPage } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { messageCorpus } from '../../tools/corpus.ts';
import { EVERY_MESSAGE, EVERY_RICH_MENU } from '../support/every-message.ts';
import { HOSTILE, hostile, hostileIssues, hostileTypes, MARKUP_MADE_BY_PAYLOAD } from '../support/hostile.ts';

const messages = [
  ...EVERY_MESSAGE,
  ...examples.filter((example) => example.kind === 'message').flatMap((example) => renderMessages(sampleElement(example))),
  ...messageCorpus().flatMap((file) => (Array.isArray(file.json) ? file.json : [file.json])),
];

function expectNoMarkup(html: string, what: string): void {
  for (const [made, pattern] of MARKUP_MADE_BY_PAYLOAD) expect(pattern.test(html), `${what}: a payload made ${made}`).toBe(false);
}

describe.each(HOSTILE)('hostile strings (%j)', (payload) => {
  const options = { title: payload, botName: payload, time: payload, botIconUrl: payload };

  it('in every string of every kind of message, the options and the problems shown, make no markup', () => {
    expect(messages.length).toBeGreaterThan(EVERY_MESSAGE.length);
    for (const [i, message] of messages.entries()) {
      const bad = hostile(message, payload);
      const page = renderPage([bad], options);
      expect(page, 'the payload is on the page, as text').toContain('x-evil');
      expectNoMarkup(page, `message ${i}`);
      expectNoMarkup(renderMessageHtml(bad), `message ${i} alone`);
      expectNoMarkup(renderChatHtml([bad], { ...options, issues: hostileIssues(payload) }), `message ${i} with given problems`);
    }
  });

  it('in the type of any object, make no markup', () => {
    for (const [i, message] of EVERY_MESSAGE.entries()) {
      for (const bad of hostileTypes(message, payload)) expectNoMarkup(renderChatHtml([bad]), `message ${i}`);
    }
  });

  it('in a rich menu, its alias and its image, make no markup', () => {
    const views = [
      { menu: hostile(EVERY_RICH_MENU, payload), alias: payload, image: payload },
      { menu: EVERY_RICH_MENU, alias: payload, image: `https://a.example.com/${payload}` },
    ];
    expectNoMarkup(renderRichMenuPage(views, options), 'rich menu page');
    expectNoMarkup(renderRichMenuHtml(views, { issues: hostileIssues(payload) }), 'rich menu with given problems');
  });
});
