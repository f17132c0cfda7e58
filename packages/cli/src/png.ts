/**
 * PNG screenshots of the preview in a real browser: chromium through playwright-core, launched from
 * its installed path (no browser download). Images load from their URLs; one that does not load in
 * time is drawn as a browser draws a broken image, and the shot is taken anyway.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { UsageError } from './errors.ts';
import { loadOptional } from './optional-dependency.ts';

export interface ScreenshotOptions {
  /** The browser executable. */
  readonly executablePath: string;
  /** Viewport width in CSS pixels (the page may be narrower). */
  readonly width: number;
  /** How long images may take to load, in ms (default 10,000). */
  readonly loadTimeout?: number;
  /** The command that takes the shot, for its `--help` in errors. */
  readonly command: string;
}

/**
 * The browser for `--png`, or a `UsageError` saying how to get one.
 *
 * @example
 * const executablePath = requireChromium(process.env, 'preview');
 */
export function requireChromium(env: Readonly<Record<string, string | undefined>>, command: string): string {
  const path = chromiumPath(env);
  if (existsSync(path)) return path;
  throw new UsageError(
    `--png needs Chromium, and there is none at ${path}. On Debian or Ubuntu: sudo apt-get install chromium; elsewhere set LINEJSX_CHROMIUM to a Chrome or Chromium executable`,
    command,
  );
}

/**
 * playwright-core's chromium launcher, loaded only now (it takes most of a second to load, and
 * only --png needs it); an optional peer dependency, so without it a `UsageError` says what to install.
 *
 * @example
 * const chromium = await loadPlaywright('preview');
 */
export async function loadPlaywright(
  command: string,
  load: () => Promise<typeof import('playwright-core')> = () => import('playwright-core'),
): Promise<typeof import('playwright-core').chromium> {
  const playwright = await loadOptional(
    load,
    'playwright-core',
    command,
    '--png needs playwright-core: npm install --save-dev playwright-core (it drives the Chromium you have; it downloads no browser)',
  );
  return playwright.chromium;
}

/**
 * Opens `html` in headless chromium and writes a PNG of its `<body>` (at twice the pixel density,
 * as phones show it) to `out`.
 *
 * @example
 * await screenshot(pageHtml, 'card.png', { executablePath: '/usr/bin/chromium', width: 440, command: 'preview' });
 */
export async function screenshot(html: string, out: string, options: ScreenshotOptions): Promise<void> {
  const chromium = await loadPlaywright(options.command);
  const browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: options.width, height: 800 }, deviceScaleFactor: 2 });
    // An image that does not load in time (offline, a slow CDN) must not stop the shot.
    await page.setContent(html, { waitUntil: 'load', timeout: options.loadTimeout ?? 10_000 }).catch((error: Error) => {
      if (error.name !== 'TimeoutError') throw error;
    });
    await page.locator('body').screenshot({ path: out });
  } finally {
    await browser.close();
  }
}
