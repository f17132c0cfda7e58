/** A standalone HTML document of the workbench: what `linejsx preview --out page.html` writes. */
import { escapeHtml } from './html.ts';
import type { ChatOptions } from './chat.ts';
import { previewStyles } from './styles.ts';
import { renderWorkbenchHtml } from './workbench.ts';

export interface PageOptions extends ChatOptions {
  /** The document title. Default "LINE preview". */
  readonly title?: string;
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
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'LINE preview')}</title>
<style>${previewStyles()}</style>
</head>
<body class="lj-page">
${renderWorkbenchHtml(messages, options)}
</body>
</html>
`;
}
