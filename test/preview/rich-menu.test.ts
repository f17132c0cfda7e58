/** How the preview draws rich menus: chat bar, image or placeholder, areas, tabs, problems. */

import { renderChatHtml, renderRichMenuHtml, renderRichMenuWorkbenchHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { allWithClass, at } from './html.ts';

const postback = (data: string, label?: string) => ({ type: 'postback', data, ...(label ? { label } : {}) });
const area = (x: number, y: number, width: number, height: number, action: unknown) => ({ bounds: { x, y, width, height }, action });
const half = (chatBarText: string, areas: unknown[], extra: Record<string, unknown> = {}) => ({
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Shop',
  chatBarText,
  areas,
  ...extra,
});

const tabA = half('Menu', [
  area(0, 0, 833, 843, postback('drinks', 'Drinks')),
  area(833, 0, 834, 843, { type: 'uri', uri: 'https://example.com/food' }),
  area(1667, 0, 833, 843, { type: 'richmenuswitch', label: 'Account', richMenuAliasId: 'tab-b', data: 'tab=b' }),
]);
const tabB = half('Account', [area(0, 0, 2500, 843, { type: 'richmenuswitch', richMenuAliasId: 'tab-a', data: 'tab=a' })]);

describe('renderRichMenuHtml', () => {
  it('draws the chat bar and the image at the menu ratio, each area placed in percent', () => {
    const html = renderRichMenuHtml([{ menu: tabA, image: 'https://cdn.example.com/menu.png' }]);
    expect(html).toContain('<span class="lj-chat-bar-text">Menu</span>');
    expect(html).toContain('<img class="lj-picture" src="https://cdn.example.com/menu.png"');
    expect(html).toContain('<div class="lj-ratio" style="padding-bottom:33.72%">');
    expect(at(html, 'menus[0].areas[0]').style).toEqual({ left: '0%', top: '0%', width: '33.32%', height: '100%' });
    expect(at(html, 'menus[0].areas[2]').style).toEqual({ left: '66.68%', top: '0%', width: '33.32%', height: '100%' });
    expect(allWithClass(html, 'lj-rm-area')).toHaveLength(3);
  });

  it("tells each area's action on hover", () => {
    const html = renderRichMenuHtml([{ menu: tabA }]);
    expect(at(html, 'menus[0].areas[0]').attributes.title).toBe('Drinks\nPostback drinks');
    expect(at(html, 'menus[0].areas[1]').attributes.title).toBe('Opens https://example.com/food');
    expect(at(html, 'menus[0].areas[2]').attributes.title).toBe('Account\nSwitches to rich menu tab-b (not in this preview)');
  });

  it("without an image, draws a placeholder that names each area's action", () => {
    const html = renderRichMenuHtml([{ menu: tabA }]);
    expect(at(html, 'menus[0]').className).toBe('lj-rm-frame lj-missing');
    expect(html).not.toContain('<img');
    expect(html).toContain('<span class="lj-rm-label"><b>Drinks</b><small>Postback drinks</small></span>');
    expect(html).toContain('<span class="lj-rm-label"><b>uri</b><small>Opens https://example.com/food</small></span>');
  });

  it('loads images from http(s), data, blob and file URLs only', () => {
    const src = (image: string) => /<img class="lj-picture" src="([^"]*)"/.exec(renderRichMenuHtml([{ menu: tabB, image }]))?.[1];
    expect(src('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(src('file:///home/me/menu.png')).toBe('file:///home/me/menu.png');
    expect(src('javascript:alert(1)')).toBeUndefined();
    expect(src('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined();
    expect(src(new URL('https://cdn.example.com/a b.png') as unknown as string)).toBe('https://cdn.example.com/a%20b.png');
  });

  it('shows the first of several menus, and switch areas lead to the others by alias', () => {
    const html = renderRichMenuHtml([
      { menu: tabA, alias: 'tab-a' },
      { menu: tabB, alias: 'tab-b' },
    ]);
    const menus = allWithClass(html, 'lj-rm-menu');
    expect(menus.map((m) => [m.attributes['data-alias'], 'hidden' in m.attributes])).toEqual([
      ['tab-a', false],
      ['tab-b', true],
    ]);
    const tab = at(html, 'menus[0].areas[2]');
    expect(tab.attributes['data-switch']).toBe('tab-b');
    expect(tab.attributes.onclick).toContain("getAttribute('data-switch')");
    expect(tab.attributes.title).toBe('Account\nSwitches to rich menu tab-b');
    expect(html).toContain('<span class="lj-chat-bar-text">Account</span>');
  });

  it('marks what is wrong and lists every problem under its menu', () => {
    const bad = half('A chat bar text that is too long', [area(0, 0, 1300, 843, postback('a')), area(1250, 0, 1300, 843, postback('b'))]);
    const html = renderRichMenuHtml([{ menu: bad }]);
    expect(at(html, 'menus[0].areas[1]').className).toBe('lj-rm-area lj-invalid');
    expect(at(html, 'menus[0].areas[1]').attributes.title).toMatch(
      /^area 1 reaches past the menu \(x \+ width = 2,550 > 2,500\): 50 px past the right edge of the 2500x843 menu\narea 1 overlaps area 0 by 50x843 px/,
    );
    expect(allWithClass(html, 'lj-chat-bar')[0]!.className).toBe('lj-chat-bar lj-invalid');
    expect(html.match(/<code class="lj-issue-path">([^<]*)<\/code>/g)).toEqual([
      '<code class="lj-issue-path">menus[0].chatBarText</code>',
      '<code class="lj-issue-path">menus[0].areas[1].bounds</code>',
      '<code class="lj-issue-path">menus[0].areas[1].bounds</code>',
    ]);
  });

  it('draws anything without throwing, and escapes every text', () => {
    for (const junk of [null, 42, 'menu', [], { size: 'big', areas: 'all' }, { areas: [{ bounds: { x: 'a' } }, null] }]) {
      expect(() => renderRichMenuHtml([{ menu: junk }])).not.toThrow();
    }
    const html = renderRichMenuHtml([
      { menu: half('<b>&</b>', [area(0, 0, 10, 10, { type: 'message', label: '"><script>', text: 'x' })]), alias: '"><img>' },
    ]);
    expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"><img>');
  });
});

describe('rich menus in the chat and the workbench', () => {
  it('takes the place of the input bar under the messages', () => {
    const html = renderChatHtml([{ type: 'text', text: 'Hi' }], { richMenus: [{ menu: tabA }] });
    expect(html).not.toContain('lj-input-bar');
    expect(html.indexOf('lj-chat"')).toBeLessThan(html.indexOf('lj-rich-menus'));
    expect(renderChatHtml([{ type: 'text', text: 'Hi' }])).toContain('lj-input-bar');
  });

  it('shows the problems it is given instead of validating, with their components', () => {
    const html = renderChatHtml([], {
      richMenus: [{ menu: tabA }],
      richMenuIssues: [
        { path: 'menus[0].areas[0].action', message: 'from JSX', code: 'invalid_value', component: { path: '<RichMenu> > <Cell>' } },
      ],
    });
    expect(at(html, 'menus[0].areas[0]').attributes.title).toMatch(/^from JSX\n/);
    expect(html).toContain('<span class="lj-issue-component">&lt;RichMenu&gt; &gt; &lt;Cell&gt;</span>');
  });

  it('says whether LINE accepts the menus, next to their JSON', () => {
    const valid = renderRichMenuWorkbenchHtml([
      { menu: tabA, alias: 'tab-a' },
      { menu: tabB, alias: 'tab-b' },
    ]);
    expect(valid).toContain('data-valid="true">✓ Valid: LINE accepts these rich menus</div>');
    expect(valid).toContain('&quot;alias&quot;: &quot;tab-b&quot;');
    const invalid = renderRichMenuWorkbenchHtml([{ menu: half('Menu', [], { size: { width: 700, height: 300 } }) }]);
    expect(invalid).toContain('data-valid="false">✗ 1 problem: LINE would reject this rich menu</div>');
    expect(invalid).toContain(
      '<code class="lj-issue-path">menus[0].size.width</code> <span class="lj-issue-message">width is 700; LINE allows 800 to 2,500</span>',
    );
  });
});
