/**
 * The preview in chromium: what matters to fidelity, measured with getBoundingClientRect, and a
 * screenshot of every gallery design in build/screenshots/ for review.
 */
import { existsSync } from 'node:fs';
import { renderMessages } from '@linejsx/jsx';
import { renderPage, renderRichMenuPage } from '@linejsx/preview';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { richMenuViews } from '../../tools/rich-menu-views.ts';
import { CHROMIUM } from '../support/chromium.ts';
import { SCREENSHOTS, useChromiumPages } from '../support/chromium-pages.ts';
import { at, type Rect, rect, rects } from '../support/measure.ts';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`${CHROMIUM} not found: browser tests skipped (apt-get install chromium)`);

const box = (contents: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'box', layout: 'vertical', contents, ...extra });
const bubble = (body: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'bubble', body: box(body), ...extra });
const flex = (contents: unknown) => ({ type: 'flex', altText: 'x', contents });
const LONG =
  'An extraordinarily long product description that goes on and on, well past the second line of the bubble, so that LINE has to end it with an ellipsis.';

describe.skipIf(!hasChromium)('preview in chromium', () => {
  const chromium = useChromiumPages();

  async function show(
    messages: unknown,
    options: { width?: number; theme?: 'light' | 'dark'; unreachable?: string[] } = {},
  ): Promise<Page> {
    return chromium.open(renderPage(messages, { width: options.width, theme: options.theme }), { unreachable: options.unreachable });
  }

  describe('gallery', () => {
    it.each(examples.map((e) => [e.id, e] as const))('draws %s with every image loaded, and saves a screenshot', async (id, example) => {
      const rich = example.kind === 'richMenu';
      const page = rich
        ? await chromium.open(renderRichMenuPage(richMenuViews(sampleElement(example))))
        : await show(renderMessages(sampleElement(example)));
      expect(await page.locator(rich ? '.lj-rm-menu' : '.lj-msg').count()).toBeGreaterThan(0);
      expect(await page.locator('.lj-invalid, .lj-missing').count()).toBe(0);
      expect(await page.locator('[data-valid="true"]').count()).toBe(1);
      const broken = await page
        .locator('img')
        .evaluateAll(
          (imgs) => imgs.filter((img) => !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0).length,
        );
      expect(broken).toBe(0);
      await page.locator('.lj-root').screenshot({ path: `${SCREENSHOTS}/${id}.png` });
    });
  });

  describe('the user’s own words (the emulator’s conversations)', () => {
    it('draws them on the right, inset as the bot’s are on the left, with their time on their left', async () => {
      const page = await chromium.open(
        renderPage([{ type: 'text', text: 'Welcome!' }], { userTexts: [{ text: 'hi', before: 0, time: '09:41' }] }),
      );
      const phone = await rect(page, '.lj-phone');
      const mine = await rect(page, '.lj-user-bubble');
      const theirs = await rect(page, '.lj-text-bubble');
      expect(phone.right - mine.right).toBe(10);
      expect(mine.bottom).toBeLessThanOrEqual(theirs.top);
      expect((await rect(page, '.lj-user .lj-time')).right).toBeLessThanOrEqual(mine.left);
    });
  });

  describe('flex measurements', () => {
    it('draws a mega bubble 300px wide on a 390px phone', async () => {
      const page = await show([flex(bubble([{ type: 'text', text: 'short' }]))]);
      expect((await rect(page, '.lj-bubble')).width).toBe(300);
      expect((await rect(page, '.lj-phone')).width).toBe(390);
    });

    it('draws every bubble size at its LINE width (nano 120 … giga 500)', async () => {
      const sizes = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 500 };
      const page = await show(
        Object.keys(sizes).map((size) => flex(bubble([{ type: 'text', text: size }], { size }))),
        { width: 600 },
      );
      const widths = await rects(page, '.lj-bubble');
      expect(widths.map((r) => r.width)).toEqual(Object.values(sizes));
    });

    it('keeps a 20:13 full-width hero at its ratio, spanning the bubble', async () => {
      const page = await show([
        flex({
          type: 'bubble',
          hero: { type: 'image', url: 'https://a.example.com/h.jpg', size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
          body: box([{ type: 'text', text: 'x' }]),
        }),
      ]);
      const hero = await rect(page, at('messages[0].contents.hero'));
      expect(hero.width).toBe(300);
      expect(hero.height).toBeCloseTo((300 * 13) / 20, 0);
      expect(await page.locator(`${at('messages[0].contents.hero')} img`).evaluate((img) => getComputedStyle(img).objectFit)).toBe('cover');
    });

    it('scrolls a carousel sideways, items 80% wide up to the size width, 9px apart, bodies stretched', async () => {
      const items = [
        bubble([{ type: 'text', text: 'a' }], { size: 'mega' }),
        bubble([{ type: 'text', text: LONG, wrap: true }], { size: 'mega' }),
        bubble([{ type: 'text', text: 'c' }], { size: 'mega' }),
      ];
      const page = await show([flex({ type: 'carousel', contents: items })]);
      const slider = page.locator('.lj-carousel');
      const [scrollWidth, clientWidth] = await slider.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      const bubbles = await rects(page, '.lj-carousel > .lj-bubble');
      expect(bubbles[0]!.width).toBeCloseTo(Math.min(0.8 * clientWidth, 300), 0);
      expect(bubbles[1]!.left - bubbles[0]!.right).toBeCloseTo(9, 0);
      expect(new Set(bubbles.map((b) => Math.round(b.height))).size).toBe(1);
      await slider.evaluate((e) => e.scrollBy(200, 0));
      expect(await slider.evaluate((e) => e.scrollLeft)).toBe(200);
      const kilo = await show([flex({ type: 'carousel', contents: [bubble([], { size: 'kilo' }), bubble([], { size: 'kilo' })] })]);
      expect((await rect(kilo, '.lj-carousel > .lj-bubble')).width).toBe(260);
    });

    it('shows exactly two lines of a text with maxLines 2, and one line with an ellipsis without wrap', async () => {
      const page = await show([
        flex(
          bubble([
            { type: 'text', text: LONG, wrap: true, maxLines: 2 },
            { type: 'text', text: LONG },
            { type: 'text', text: LONG, wrap: true },
          ]),
        ),
      ]);
      const lines = async (path: string) =>
        page.locator(`${at(path)} > p`).evaluate((p) => ({
          height: p.getBoundingClientRect().height,
          line: Number.parseFloat(getComputedStyle(p).lineHeight),
          clipped: p.scrollHeight > p.clientHeight || p.scrollWidth > p.clientWidth,
        }));
      const two = await lines('messages[0].contents.body.contents[0]');
      expect(two.height / two.line).toBeCloseTo(2, 1);
      expect(two.clipped).toBe(true);
      const one = await lines('messages[0].contents.body.contents[1]');
      expect(one.height / one.line).toBeCloseTo(1, 1);
      expect(one.clipped).toBe(true);
      const all = await lines('messages[0].contents.body.contents[2]');
      expect(Math.round(all.height / all.line)).toBeGreaterThan(2);
    });

    it('adds lineSpacing between lines only', async () => {
      const page = await show([
        flex(
          bubble([
            { type: 'text', text: 'one\ntwo\nthree', wrap: true },
            { type: 'text', text: 'one\ntwo\nthree', wrap: true, lineSpacing: '10px' },
          ]),
        ),
      ]);
      const plain = await rect(page, at('messages[0].contents.body.contents[0]'));
      const spaced = await rect(page, at('messages[0].contents.body.contents[1]'));
      expect(spaced.height - plain.height).toBeCloseTo(20, 0);
    });

    it('puts spacing between children and lets margin override it; a separator takes no room', async () => {
      const page = await show([
        flex(
          bubble([
            box(
              [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }, { type: 'separator' }, { type: 'text', text: 'c', margin: 'xxl' }],
              { spacing: 'md' },
            ),
          ]),
        ),
      ]);
      const [a, b, separator, c] = await Promise.all(
        [0, 1, 2, 3].map((i) => rect(page, at(`messages[0].contents.body.contents[0].contents[${i}]`))),
      );
      expect(b!.top - a!.bottom).toBe(8);
      expect(separator!.height).toBe(0);
      expect(separator!.top - b!.bottom).toBe(8);
      expect(c!.top - separator!.bottom).toBe(20);
    });

    it('sizes flex children of a horizontal box by their flex ratio', async () => {
      const page = await show([
        flex(
          bubble([
            box(
              [
                { type: 'text', text: 'a', flex: 1 },
                { type: 'text', text: 'b', flex: 3 },
              ],
              { layout: 'horizontal' },
            ),
          ]),
        ),
      ]);
      const a = await rect(page, at('messages[0].contents.body.contents[0].contents[0]'));
      const b = await rect(page, at('messages[0].contents.body.contents[0].contents[1]'));
      expect(b.width / a.width).toBeCloseTo(3, 1);
      expect(a.width + b.width).toBe(260);
    });

    it('places an absolute box from its parent edges without sizing the parent', async () => {
      const overlay = box([{ type: 'text', text: 'overlay' }], {
        position: 'absolute',
        offsetBottom: '0px',
        offsetStart: '0px',
        offsetEnd: '0px',
      });
      const image = { type: 'image', url: 'https://a.example.com/a.jpg', size: 'full', aspectMode: 'cover' };
      const page = await show([flex(bubble([box([image, overlay])]))]);
      const parent = await rect(page, at('messages[0].contents.body.contents[0]'));
      const drawnImage = await rect(page, at('messages[0].contents.body.contents[0].contents[0]'));
      const drawnOverlay = await rect(page, at('messages[0].contents.body.contents[0].contents[1]'));
      expect(parent.height).toBe(drawnImage.height);
      expect(drawnOverlay.bottom).toBe(parent.bottom);
      expect(drawnOverlay.width).toBe(parent.width);
    });

    it('sits icons of any size on one baseline by their bottom edge', async () => {
      const icon = (size: string) => ({ type: 'icon', url: 'https://a.example.com/star.png', size });
      const page = await show([
        flex(bubble([box([icon('sm'), icon('xl'), { type: 'text', text: '4.0', size: 'xxl' }], { layout: 'baseline' })])),
      ]);
      const small = await rect(page, at('messages[0].contents.body.contents[0].contents[0]'));
      const large = await rect(page, at('messages[0].contents.body.contents[0].contents[1]'));
      expect([small.height, large.height]).toEqual([14, 22]);
      expect(small.bottom).toBe(large.bottom);
    });

    it('draws buttons 52px (md) and 40px (sm) high', async () => {
      const action = { type: 'uri', label: 'Go', uri: 'https://a.example.com' };
      const page = await show([
        flex(
          bubble([
            { type: 'button', action, style: 'primary' },
            { type: 'button', action, height: 'sm' },
          ]),
        ),
      ]);
      expect((await rects(page, '.lj-button-face')).map((r) => r.height)).toEqual([52, 40]);
    });
  });

  describe('what LINE draws where the preview used to differ', () => {
    const BODY = 'messages[0].contents.body';
    /** Where the element at `path` sits inside its bubble. */
    const inBubble = async (page: Page, path: string) => {
      const [own, bubbleRect] = await Promise.all([rect(page, at(path)), rect(page, '.lj-bubble')]);
      return { x: own.left - bubbleRect.left, y: own.top - bubbleRect.top, width: own.width, height: own.height };
    };

    it.each([
      ['text', { type: 'text', text: 'TEXT' }, 'vertical'],
      ['image', { type: 'image', url: 'https://a.example.com/x.jpg', size: 'sm' }, 'vertical'],
      ['button', { type: 'button', action: { type: 'uri', label: 'Go', uri: 'https://a.example.com' }, style: 'primary' }, 'vertical'],
      ['icon', { type: 'icon', url: 'https://a.example.com/star.png' }, 'baseline'],
    ])('moves a %s by its relative offsets, as it moves a box', async (_, component, layout) => {
      const offsets = { offsetTop: '20px', offsetStart: '40px' };
      const message = (extra: Record<string, unknown>) =>
        flex(
          bubble([
            box(
              [
                { ...component, ...extra },
                { type: 'text', text: 'after' },
              ],
              { layout },
            ),
          ]),
        );
      const path = `${BODY}.contents[0].contents[0]`;
      const still = await inBubble(await show([message({})]), path);
      const moved = await inBubble(await show([message(offsets)]), path);
      expect({ x: moved.x - still.x, y: moved.y - still.y }).toEqual({ x: 40, y: 20 });
      // Relative: it takes the room it took before; its neighbour does not move.
      const after = `${BODY}.contents[0].contents[1]`;
      expect(await inBubble(await show([message(offsets)]), after)).toEqual(await inBubble(await show([message({})]), after));
    });

    it('draws a full-width image of flex 0 in a horizontal box, and an absolute one, as wide as its box', async () => {
      const image = { type: 'image', url: 'https://images.example.com/x.jpg', size: 'full' };
      const page = await show([
        flex(
          bubble([
            box(
              [
                { ...image, flex: 0 },
                { type: 'text', text: 't' },
              ],
              { layout: 'horizontal' },
            ),
            box(
              [
                { type: 'text', text: 'under' },
                { ...image, position: 'absolute', offsetTop: '0px' },
              ],
              { height: '120px' },
            ),
          ]),
        ),
      ]);
      const row = await rect(page, at(`${BODY}.contents[0]`));
      const inRow = await rect(page, at(`${BODY}.contents[0].contents[0]`));
      expect([inRow.width, inRow.height]).toEqual([row.width, row.width]);
      const holder = await rect(page, at(`${BODY}.contents[1]`));
      const absolute = await rect(page, at(`${BODY}.contents[1].contents[1]`));
      expect([absolute.left, absolute.width, absolute.height]).toEqual([holder.left, holder.width, holder.width]);
    });

    it('clamps a flex 0 text wider than its box to the box, with an ellipsis', async () => {
      const page = await show([
        flex(
          bubble([
            box(
              [
                { type: 'text', text: 'Order #20240917-ABCDEFGHIJKLMNOP-QRSTUV', flex: 0 },
                { type: 'text', text: '¥1,200', flex: 0 },
              ],
              { layout: 'horizontal' },
            ),
          ]),
        ),
      ]);
      const row = await rect(page, at(`${BODY}.contents[0]`));
      const order = await rect(page, at(`${BODY}.contents[0].contents[0]`));
      expect([order.left, order.right]).toEqual([row.left, row.right]);
      const paragraph = page.locator(`${at(`${BODY}.contents[0].contents[0]`)} > p`);
      expect(await paragraph.evaluate((p) => [getComputedStyle(p).textOverflow, p.scrollWidth > p.clientWidth])).toEqual([
        'ellipsis',
        true,
      ]);
    });

    it('lays a carousel across the whole phone: items 80% of it up to their size, the first in line with the messages', async () => {
      const widths = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 0.8 * 390 };
      const page = await show(
        Object.keys(widths).map((size) =>
          flex({ type: 'carousel', contents: [0, 1, 2].map(() => bubble([{ type: 'text', text: size }], { size })) }),
        ),
      );
      const phone = await rect(page, '.lj-phone');
      const sliders = await rects(page, '.lj-carousel');
      for (const slider of sliders) expect([slider.left, slider.right]).toEqual([phone.left, phone.right]);
      const drawn = await page
        .locator('.lj-carousel')
        .evaluateAll((all) => all.map((slider) => slider.querySelector('.lj-bubble')!.getBoundingClientRect().toJSON() as Rect));
      expect(drawn.map((r) => r.width)).toEqual(Object.values(widths));
      const text = await show([{ type: 'text', text: 'hi' }, flex({ type: 'carousel', contents: [bubble([]), bubble([])] })]);
      expect((await rect(text, '.lj-carousel > .lj-bubble')).left).toBe((await rect(text, '.lj-text-bubble')).left);
    });

    it('draws every single bubble size in a 390px phone at its width, the time beside it', async () => {
      const sizes = ['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'];
      const page = await show(sizes.map((size) => flex(bubble([{ type: 'text', text: size }], { size }))));
      const [phone, bubbles, times] = await Promise.all([rect(page, '.lj-phone'), rects(page, '.lj-bubble'), rects(page, '.lj-time')]);
      expect(bubbles.slice(0, 6).map((r) => r.width)).toEqual([120, 160, 220, 241, 260, 300]);
      for (const [i, time] of times.entries()) {
        expect(time.left - bubbles[i]!.right).toBe(4);
        expect(time.right).toBeLessThanOrEqual(phone.right);
      }
    });

    it('keeps the time beside a wrapped text bubble', async () => {
      const page = await show([{ type: 'text', text: 'Select your favorite food category or send me your location!' }]);
      const [phone, textBubble, time] = await Promise.all([rect(page, '.lj-phone'), rect(page, '.lj-text-bubble'), rect(page, '.lj-time')]);
      expect(textBubble.height).toBeGreaterThan(30);
      expect(time.left - textBubble.right).toBe(4);
      expect(time.right).toBeLessThan(phone.right);
    });

    it("draws an imagemap video's external link label over the bottom of its area", async () => {
      const page = await show([
        {
          type: 'imagemap',
          baseUrl: 'https://a.example.com/m',
          altText: 'm',
          baseSize: { width: 1040, height: 1040 },
          video: {
            originalContentUrl: 'https://a.example.com/v.mp4',
            previewImageUrl: 'https://a.example.com/v.jpg',
            area: { x: 0, y: 0, width: 1040, height: 585 },
            externalLink: { linkUri: 'https://a.example.com/more', label: 'See more' },
          },
          actions: [],
        },
      ]);
      const video = await rect(page, at('messages[0].video'));
      const link = page.locator(at('messages[0].video.externalLink'));
      expect(await link.textContent()).toContain('See more');
      expect(await link.getAttribute('title')).toBe('Opens https://a.example.com/more');
      const label = await rect(page, at('messages[0].video.externalLink'));
      expect(label.height).toBeGreaterThan(20);
      expect(label.bottom).toBe(video.bottom);
      expect([label.left, label.right]).toEqual([video.left, video.right]);
    });
  });

  describe('messages and chat', () => {
    it('scales imagemap areas from the 1040 base to the drawn width', async () => {
      const page = await show([
        {
          type: 'imagemap',
          baseUrl: 'https://a.example.com/m',
          altText: 'm',
          baseSize: { width: 1040, height: 520 },
          actions: [{ type: 'message', text: 'b', area: { x: 520, y: 260, width: 520, height: 260 } }],
        },
      ]);
      const image = await rect(page, '.lj-imagemap');
      const area = await rect(page, at('messages[0].actions[0]'));
      expect(image.height).toBe(image.width / 2);
      expect(area.left - image.left).toBe(image.width / 2);
      expect(area.top - image.top).toBe(image.height / 2);
    });

    it('keeps a sticker-sized, labelled frame when the sticker image can not load', async () => {
      const page = await show([{ type: 'sticker', packageId: '446', stickerId: '1988' }], { unreachable: ['stickershop'] });
      const frame = page.locator('.lj-sticker');
      await expect.poll(() => frame.evaluate((e) => e.classList.contains('lj-missing'))).toBe(true);
      expect(await rect(page, '.lj-sticker')).toMatchObject({ width: 150, height: 150 });
      expect(await page.locator('.lj-sticker-label').isVisible()).toBe(true);
    });

    it('draws the dark theme', async () => {
      const page = await show([{ type: 'text', text: 'a' }], { theme: 'dark' });
      expect(await page.locator('.lj-phone').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(28, 30, 34)');
      expect(await page.locator('.lj-text-bubble').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(238, 240, 243)');
    });

    it('copies the JSON with the copy button', async () => {
      const messages = [{ type: 'text', text: 'copy me' }];
      const page = await show(messages);
      await page.locator('.lj-copy').click();
      await expect.poll(() => page.locator('.lj-copy').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(JSON.stringify(messages, null, 2));
    });

    it('outlines the element of a problem and lists it under its message', async () => {
      const page = await show([flex(bubble([{ type: 'text', text: 'bad colour', color: 'red' }]))]);
      const outline = await page
        .locator(`${at('messages[0].contents.body.contents[0]')}`)
        .evaluate((e) => getComputedStyle(e, '::after').borderTopStyle);
      expect(outline).toBe('dashed');
      expect(await page.locator('.lj-col > .lj-issues li').count()).toBe(1);
    });
  });
});
