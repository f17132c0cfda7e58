/**
 * Debian's chromium through playwright-core, showing preview pages offline: the page is served at
 * https://preview.test/ (a secure origin, so the clipboard works) and every other https request
 * gets a generated picture, so that layouts are measured and screenshots taken with images in
 * place but without the network.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

export const PAGE_URL = 'https://preview.test/';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A 3:2 picture whose colours come from its URL, so that neighbouring images differ. */
export function placeholderPicture(url: string): string {
  let hue = 0;
  for (const c of url) hue = (hue * 31 + c.charCodeAt(0)) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,45%)"/></linearGradient></defs><rect width="600" height="400" fill="url(#g)"/><circle cx="420" cy="120" r="56" fill="hsla(0,0%,100%,.45)"/><path d="M0 400 L200 220 L330 330 L430 250 L600 400Z" fill="hsla(0,0%,0%,.18)"/></svg>`;
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
    return route.fulfill({ contentType: 'image/svg+xml', body: placeholderPicture(url) });
  });
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return page;
}
