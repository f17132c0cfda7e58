/**
 * @linejsx/preview: LINE message JSON to HTML and CSS that look like the LINE chat screen. Pure
 * functions from JSON to strings: they run in Node and in the browser, and need no DOM.
 *
 * @example
 * import { renderPage } from '@linejsx/preview';
 * writeFileSync('preview.html', renderPage([{ type: 'text', text: 'Hello!' }]));
 */
export { renderChatHtml, renderMessageHtml, type ChatOptions } from './chat.ts';
export { renderRichMenuWorkbenchHtml, renderWorkbenchHtml } from './workbench.ts';
export { renderRichMenuHtml, type RichMenuView } from './rich-menu.ts';
export { renderPage, renderRichMenuPage, type PageOptions } from './page.ts';
export { previewStyles } from './styles.ts';
export { escapeHtml, type ImageSrc } from './html.ts';
export { BUBBLES, BUTTON, CAROUSEL, CHAT, FONT_SIZE_PX, IMAGE_SIZE_PX, LENGTH_PX, BORDER_WIDTH_PX, RICH_MENU_FALLBACK_SIZE, type BubbleSize } from './values.ts';
