/**
 * Debian's chromium through playwright-core, showing preview pages offline: the page is served at
 * https://preview.test/ (a secure origin, so the clipboard works) and every other https request
 * gets a generated picture, the one Storybook shows for it too (tools/sample-pictures.ts), so
 * that layouts are measured and screenshots taken with images in place but without the network.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { samplePicture } from '../../tools/sample-pictures.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

export const PAGE_URL = 'https://preview.test/';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  readonly width?: number;
  /** URLs (substrings) that fail to load, as when offline. */
  readonly unreachable?: readonly string[];
}

/** A page that shows `html` at PAGE_URL. */
export async function openPage(browser: Browser, html: string, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1100, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PAGE_URL });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (options.unreachable?.some((part) => url.includes(part))) return route.abort('internetdisconnected');
    return route.fulfill({ contentType: 'image/svg+xml', body: samplePicture(url) });
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return page;
}
