/** Standalone HTML documents of the workbench: what `linejsx preview --out page.html` writes. */

import type { ChatOptions } from './chat.ts';
import { html, raw, type SafeHtml } from './html.ts';
import type { RichMenuView } from './rich-menu.ts';
import { previewStyles } from './styles.ts';
import { richMenuWorkbench, workbench } from './workbench.ts';

export interface PageOptions extends ChatOptions {
  /** The document title. Default "LINE preview". */
  readonly title?: string;
}

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(previewStyles())}</style>
</head>
<body class="lj-page">
${body}
</body>
</html>
`.value;
}

/**
 * A complete HTML page: the chat preview, the validation result and the JSON, with the styles
 * inlined, so that the file can be opened anywhere.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('page.html', renderPage(messages, { title: 'Receipt', theme: 'dark' }));
 */
export function renderPage(messages: unknown, options: PageOptions = {}): string {
  return page(options.title ?? 'LINE preview', workbench(messages, options));
}

/**
 * A complete HTML page of rich menus: the phone with the menus (tabs switch, the chat bar opens
 * and closes them), the validation result and the JSON, with the styles inlined.
 *
 * @example
 * const image = `data:image/png;base64,${readFileSync('menu.png').toString('base64')}`;
 * writeFileSync('menu.html', renderRichMenuPage([{ menu, image }], { title: 'Main menu' }));
 */
export function renderRichMenuPage(menus: readonly RichMenuView[], options: Omit<PageOptions, 'richMenus'> = {}): string {
  return page(options.title ?? 'LINE rich menu preview', richMenuWorkbench(menus, options));
}
