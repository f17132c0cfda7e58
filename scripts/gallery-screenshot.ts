/**
 * Writes docs/gallery.png: every design of examples/ in its phone frame, side by side, as the
 * README shows them. Run it after adding designs: `pnpm gallery:screenshot`. Offline: each image
 * is the generated picture Storybook shows for its URL (tools/sample-pictures.ts, as in the
 * browser tests), so the image does not depend on example URLs.
 */
import { examples } from '../examples/index.ts';
import { launchChromium, openPage } from '../test/support/browser.ts';
import { galleryPage } from './gallery.ts';

const COLUMNS = 4;
const out = process.argv[2] ?? 'docs/gallery.png';

const columns = Math.min(COLUMNS, examples.length);
const browser = await launchChromium();
try {
  const page = await openPage(browser, galleryPage(examples, { columns }), { width: columns * 414 + 48 });
  await page.locator('body').screenshot({ path: out });
  process.stdout.write(`wrote ${out} (${examples.length} designs)\n`);
} finally {
  await browser.close();
}
