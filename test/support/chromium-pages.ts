/**
 * One chromium per test file for browser suites: launched before the tests, each test's pages
 * closed after it, the browser closed at the end, so that no browser is left running.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, openPage, type PageOptions } from './browser.ts';

/** Where browser suites save screenshots for review. */
export const SCREENSHOTS = 'build/screenshots';

/**
 * Registers the hooks of a browser suite (call it inside its `describe`) and returns how to open
 * a page of HTML in it.
 *
 * @example
 * const chromium = useChromiumPages();
 * const page = await chromium.open(renderPage(messages));
 */
export function useChromiumPages(): { open(html: string, options?: PageOptions): Promise<Page> } {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(html, options) {
      if (!browser) throw new Error('chromium is not started yet');
      const page = await openPage(browser, html, options);
      pages.push(page);
      return page;
    },
  };
}
