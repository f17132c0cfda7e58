/**
 * Writes docs/gallery.png: every design of examples/ in its phone frame, side by side, as the
 * README shows them. Run it after adding designs: `pnpm gallery:screenshot`. Offline: pictures
 * are generated (as in the browser tests), so the image does not depend on example URLs.
 */
import { renderMessages } from '@linejsx/jsx';
import { escapeHtml, previewStyles, renderChatHtml } from '@linejsx/preview';
import { examples, sampleElement } from '../examples/index.ts';
import { launchChromium, openPage } from '../test/support/browser.ts';
import { richMenuViews } from '../test/support/rich-menu-views.ts';

const COLUMNS = 4;
const out = process.argv[2] ?? 'docs/gallery.png';

const cells = examples
  .map((example) => {
    // A rich menu is drawn under an empty chat, with its image; a message in the chat.
    const element = sampleElement(example);
    const chat = example.kind === 'richMenu' ? renderChatHtml([], { botName: example.title, richMenus: richMenuViews(element), issues: [] }) : renderChatHtml(renderMessages(element), { botName: example.title });
    return `<figure>${chat}<figcaption>${escapeHtml(example.title)}</figcaption></figure>`;
  })
  .join('');
const columns = Math.min(COLUMNS, examples.length);
const html = `<!doctype html><meta charset="utf-8"><style>${previewStyles()}
body{margin:0;padding:24px;background:#f6f7f9;display:inline-grid;grid-template-columns:repeat(${columns},390px);gap:24px;align-items:start}
figure{margin:0}figcaption{font:600 14px system-ui,sans-serif;color:#1f2328;text-align:center;margin-top:8px}</style><body>${cells}</body>`;

const browser = await launchChromium();
try {
  const page = await openPage(browser, html, { width: columns * 414 + 48 });
  await page.locator('body').screenshot({ path: out });
  process.stdout.write(`wrote ${out} (${examples.length} designs)\n`);
} finally {
  await browser.close();
}
