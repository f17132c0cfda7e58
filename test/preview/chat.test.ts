import { previewStyles, renderChatHtml, renderPage, renderWorkbenchHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { allWithClass, at } from './html.ts';

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: value, ...extra });

describe('chat frame', () => {
  it('is a phone of the given width and theme', () => {
    const html = renderChatHtml([text('a')], { theme: 'dark', width: 430 });
    expect(html.startsWith('<div class="lj-root lj-theme-dark" style="width:430px">')).toBe(true);
    expect(renderChatHtml([text('a')])).toContain('class="lj-root lj-theme-light" style="width:390px"');
  });

  it('shows the avatar and name once per run of one sender, and a time beside each message', () => {
    const html = renderChatHtml(
      [text('a'), text('b'), text('c', { sender: { name: 'Cony', iconUrl: 'https://a.example.com/c.png' } }), text('d')],
      { botName: 'Brown Café', time: '09:41' },
    );
    expect(allWithClass(html, 'lj-avatar')).toHaveLength(3);
    expect(html.match(/<div class="lj-name">([^<]*)<\/div>/g)).toEqual([
      '<div class="lj-name">Brown Café</div>',
      '<div class="lj-name">Cony</div>',
      '<div class="lj-name">Brown Café</div>',
    ]);
    expect(html).toContain('<img src="https://a.example.com/c.png"');
    expect(html.match(/<span class="lj-time">09:41<\/span>/g)).toHaveLength(4);
  });

  it("shows quick reply chips of the last message only, with LINE's default icons", () => {
    const quick = (label: string) => ({ items: [{ type: 'action', action: { type: 'message', label, text: label } }] });
    const html = renderChatHtml([
      text('a', { quickReply: quick('first') }),
      text('b', {
        quickReply: {
          items: [
            { type: 'action', action: { type: 'camera', label: 'Camera' } },
            { type: 'action', imageUrl: 'https://a.example.com/i.png', action: { type: 'location', label: 'Here' } },
          ],
        },
      }),
    ]);
    expect(html).not.toContain('>first<');
    expect(allWithClass(html, 'lj-chip')).toHaveLength(2);
    expect(html).toMatch(/data-path="messages\[1\]\.quickReply\.items\[0\]" title="Opens the camera"><svg/);
    expect(html).toContain('<img src="https://a.example.com/i.png"');
  });

  it('leaves room under the input bar for a rich menu', () => {
    expect(renderChatHtml([text('a')], { below: '<div id="menu"></div>' })).toContain(
      '<div class="lj-field">Aa</div><svg viewBox="0 0 24 24" aria-hidden="true"><rect x="9" y="4" width="6" height="11" rx="3"/><path d="M6 11a6 6 0 0 0 12 0M12 17v3"/></svg></div><div id="menu"></div></div>',
    );
  });
});

describe('invalid input', () => {
  it('draws what it can and lists each problem under its message with its path', () => {
    const html = renderChatHtml([
      text(''),
      {
        type: 'flex',
        altText: 'x',
        contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'ok', color: 'red' }] } },
      },
    ]);
    expect(html).toContain(
      '<code class="lj-issue-path">messages[0].text</code> <span class="lj-issue-message">text must not be empty</span>',
    );
    expect(html).toContain('<code class="lj-issue-path">messages[1].contents.body.contents[0].color</code>');
    // The text is still drawn, outlined, without the colour LINE would refuse.
    const bad = at(html, 'messages[1].contents.body.contents[0]');
    expect(bad.className).toContain('lj-invalid');
    expect(bad.attributes.title).toContain('"red" is not a colour LINE accepts');
    expect(html).toContain('>ok</p>');
  });

  it('never renders a blank: unknown types, non-objects and bare bubbles are drawn and explained', () => {
    const html = renderChatHtml([
      { type: 'poll' },
      42,
      { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'bare' }] } },
    ]);
    expect(html).toContain('a &quot;poll&quot; message');
    expect(html).toContain('not a message object');
    expect(html).toContain('>bare</p>');
    expect(html).toContain('a bubble is not a message by itself');
  });

  it('draws unknown flex components as labelled placeholders', () => {
    const html = renderChatHtml([
      {
        type: 'flex',
        altText: 'x',
        contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'spacer', size: 'md' }] } },
      },
    ]);
    expect(at(html, 'messages[0].contents.body.contents[0]').className).toBe('lj-unknown lj-invalid');
    expect(html).toContain('the &quot;spacer&quot; component was removed');
  });

  it('says why when there is nothing to draw', () => {
    expect(renderChatHtml([])).toContain(
      '<span class="lj-issue-message">0 messages per request; LINE needs at least 1 message per request</span>',
    );
  });

  it('lists problems that belong to no message (too many messages) above the chat', () => {
    const html = renderChatHtml(Array.from({ length: 6 }, (_, i) => text(`m${i}`)));
    expect(html).toMatch(/<div class="lj-chat"><ul class="lj-issues" role="alert"><li><code class="lj-issue-path">messages<\/code>/);
    expect(allWithClass(html, 'lj-text-bubble')).toHaveLength(6);
  });

  it('keeps CSS and markup injection out: values reach styles only when they are LINE values', () => {
    const html = renderChatHtml([
      {
        type: 'flex',
        altText: 'x',
        contents: {
          type: 'bubble',
          body: {
            type: 'box',
            layout: 'vertical',
            backgroundColor: '#fff;background:url(https://evil.example.com/x)',
            paddingAll: '1px;position:fixed',
            contents: [{ type: 'image', url: 'https://a.example.com/a.png" onload="alert(1)' }],
          },
        },
      },
    ]);
    const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(styles).not.toContain('evil.example.com');
    expect(styles).not.toContain('position:fixed');
    expect(html).not.toMatch(/\sonload="/);
    expect(html).not.toContain('src="https://a.example.com/a.png"');
  });

  it('shows problems given by @linejsx/jsx (with component paths) instead of validating again', () => {
    const issues = [
      {
        path: 'messages[0].text',
        message: 'too long',
        code: 'too_long' as const,
        component: { path: '<Greeting> > <Text>', source: { fileName: 'greeting.tsx', lineNumber: 3, columnNumber: 5 } },
      },
    ];
    const html = renderChatHtml([text('fine')], { issues });
    expect(html).toContain('<span class="lj-issue-component">&lt;Greeting&gt; &gt; &lt;Text&gt; · greeting.tsx:3:5</span>');
  });
});

describe('workbench and page', () => {
  it('shows the validation result and the JSON with a copy button next to the chat', () => {
    const valid = renderWorkbenchHtml([text('a')]);
    expect(valid).toContain('data-valid="true"');
    expect(valid).toContain('&quot;type&quot;: &quot;text&quot;');
    expect(valid).toContain('class="lj-copy"');
    const invalid = renderWorkbenchHtml([text('')]);
    expect(invalid).toContain('data-valid="false">✗ 1 problem: LINE would reject these messages');
  });

  it('writes a standalone page with the styles inlined and the title escaped', () => {
    const page = renderPage({ type: 'text', text: '</pre><script>' }, { title: 'A <b> page' });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>A &lt;b&gt; page</title>');
    expect(page).toContain(previewStyles());
    expect(page).not.toContain('<script>');
  });

  it("is plain strings: the styles carry LINE's carousel and button values", () => {
    const css = previewStyles();
    expect(css).toContain('.lj-carousel>.lj-bubble{flex:none;width:80%;max-width:var(--lj-bubble-width)}');
    expect(css).toContain('gap:9px');
    expect(css).toContain('border-radius:8px;padding:0 16px;font-size:16px');
    expect(css).toContain('--lj-bg:#849ebf');
  });
});

describe('imageSrc', () => {
  const bubble = {
    type: 'flex',
    altText: 'x',
    contents: {
      type: 'bubble',
      hero: { type: 'image', url: 'https://images.example.com/a.jpg' },
      body: {
        type: 'box',
        layout: 'vertical',
        contents: [
          { type: 'icon', url: 'https://cdn.example.com/i.png' },
          { type: 'text', text: 't' },
        ],
      },
    },
  };

  it('maps where each image loads from, and leaves the JSON shown beside it alone', () => {
    const imageSrc = (url: string) => (url.startsWith('https://images.example.com/') ? `/pictures/${url.slice(27)}.svg` : url);
    const html = renderWorkbenchHtml([bubble], { imageSrc });
    expect(html).toContain('src="/pictures/a.jpg.svg"');
    expect(html).toContain('src="https://cdn.example.com/i.png"');
    expect(html).toContain('&quot;url&quot;: &quot;https://images.example.com/a.jpg&quot;');
  });

  it('keeps the URL when the mapping gives anything but an http(s) or relative URL', () => {
    expect(renderChatHtml([bubble], { imageSrc: () => 'javascript:alert(1)' })).toContain('src="https://images.example.com/a.jpg"');
  });

  it('applies to the one render it is given to', () => {
    renderChatHtml([bubble], { imageSrc: () => 'elsewhere.png' });
    expect(renderChatHtml([bubble])).not.toContain('elsewhere.png');
  });
});
