/**
 * Rich menus in chromium: the image across the phone at the menu's ratio under a 50px chat bar,
 * areas exactly over the parts of the image they belong to, tabs that switch and a chat bar that
 * opens and closes the menu in a standalone page (no Storybook), and a screenshot for review.
 */
import { existsSync } from 'node:fs';
import { type Component, createElement } from '@linejsx/jsx';
import { renderRichMenuPage } from '@linejsx/preview';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../examples/index.ts';
import mainMenu from '../../examples/rich-menu/main-menu.tsx';
import shopTabs from '../../examples/rich-menu/shop-tabs.tsx';
import { richMenuViews } from '../../tools/rich-menu-views.ts';
import { CHROMIUM } from '../support/chromium.ts';
import { SCREENSHOTS, useChromiumPages } from '../support/chromium-pages.ts';

const hasChromium = existsSync(CHROMIUM);
const element = (example: Example<never>) => createElement(example.component as Component<unknown>, example.sample);

describe.skipIf(!hasChromium)('rich menus in chromium', () => {
  const chromium = useChromiumPages();

  function open(example: Example<never>, options: { images?: boolean; width?: number } = {}): Promise<Page> {
    const views = richMenuViews(element(example)).map((v) => (options.images === false ? { ...v, image: undefined } : v));
    return chromium.open(renderRichMenuPage(views, { width: options.width }));
  }
  const box = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
  const shownAlias = (page: Page) => page.locator('.lj-rm-menu:not([hidden])').getAttribute('data-alias');

  it('draws the image across the phone at the menu ratio, under a 50px chat bar, and saves a screenshot', async () => {
    const page = await open(mainMenu as Example<never>);
    const frame = await box(page, '.lj-rm-frame');
    expect(frame.width).toBe(390);
    expect(frame.height).toBeCloseTo((390 * 1686) / 2500, 0);
    expect((await box(page, '.lj-chat-bar')).height).toBe(50);
    expect(
      await page
        .locator('.lj-rm-frame > img')
        .evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]),
    ).toEqual([2500, 1686]);
    expect(await page.locator('.lj-rm-label').first().isVisible()).toBe(false);
    await page.locator('.lj-root').screenshot({ path: `${SCREENSHOTS}/rich-menu-main-menu.png` });
  });

  it('puts each area over its part of the image, at any phone width', async () => {
    for (const width of [360, 430]) {
      const page = await open(mainMenu as Example<never>, { width });
      const frame = await box(page, '.lj-rm-frame');
      const scale = frame.width / 2500;
      // The fifth cell of the 3x2 grid: x 833, y 843, 834 x 843 pixels of the image.
      const cell = await box(page, '[data-path="menus[0].areas[4]"]');
      expect(cell.x - frame.x).toBeCloseTo(833 * scale, 0);
      expect(cell.y - frame.y).toBeCloseTo(843 * scale, 0);
      expect(cell.width).toBeCloseTo(834 * scale, 0);
      expect(cell.height).toBeCloseTo(843 * scale, 0);
      expect(await page.locator('[data-path="menus[0].areas[4]"]').getAttribute('title')).toBe(
        'Find a shop\nOpens https://maps.example.com/?q=Brown+Caf%C3%A9',
      );
    }
  });

  it('switches tabs by tapping the other tab, and opens and closes the menu by its chat bar', async () => {
    const page = await open(shopTabs as Example<never>);
    expect(await shownAlias(page)).toBe('brown-cafe-menu');
    await page.locator('.lj-rm-menu:not([hidden]) [data-switch="brown-cafe-account"]').click();
    expect(await shownAlias(page)).toBe('brown-cafe-account');
    expect(await page.locator('.lj-rm-menu:not([hidden]) .lj-chat-bar-text').textContent()).toBe('Account');
    await page.locator('.lj-root').screenshot({ path: `${SCREENSHOTS}/rich-menu-shop-tabs-account.png` });
    await page.locator('.lj-rm-menu:not([hidden]) [data-switch="brown-cafe-menu"]').click();
    expect(await shownAlias(page)).toBe('brown-cafe-menu');
    await page.locator('.lj-rm-menu:not([hidden]) .lj-chat-bar-toggle').click();
    expect(await page.locator('.lj-rm-menu:not([hidden]) .lj-rm-frame').isVisible()).toBe(false);
    await page.locator('.lj-rm-menu:not([hidden]) .lj-chat-bar-toggle').click();
    expect(await page.locator('.lj-rm-menu:not([hidden]) .lj-rm-frame').isVisible()).toBe(true);
  });

  it("without images, names every area's action in place", async () => {
    const page = await open(shopTabs as Example<never>, { images: false });
    const labels = page.locator('.lj-rm-menu:not([hidden]) .lj-rm-label');
    expect(await labels.count()).toBe(4);
    expect(await labels.evaluateAll((ls) => ls.map((l) => (l as HTMLElement).innerText.replace(/\n+/g, ' | ')))).toEqual([
      'Account | Switches to rich menu brown-cafe-account',
      'Drinks | Opens https://order.example.com/brown-cafe/drinks',
      'Food | Opens https://order.example.com/brown-cafe/food',
      'Today\'s special | Postback menu=special (shows "Today\'s special?")',
    ]);
    await page.locator('.lj-root').screenshot({ path: `${SCREENSHOTS}/rich-menu-shop-tabs-placeholder.png` });
  });
});
