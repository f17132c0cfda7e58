/**
 * @linejsx/preview: LINE message JSON to HTML and CSS that look like the LINE chat screen. Pure
 * functions from JSON to strings: they run in Node and in the browser, and need no DOM.
 *
 * @example
 * import { renderPage } from '@linejsx/preview';
 * writeFileSync('preview.html', renderPage([{ type: 'text', text: 'Hello!' }]));
 */
export { type ChatOptions, renderChatHtml, renderMessageHtml } from './chat.ts';
export { escapeHtml, type HtmlValue, html, type ImageSrc, raw, SafeHtml } from './html.ts';
export { type PageOptions, renderPage, renderRichMenuPage } from './page.ts';
export { type RichMenuView, renderRichMenuHtml } from './rich-menu.ts';
export { previewStyles } from './styles.ts';
export {
  BORDER_WIDTH_PX,
  BUBBLES,
  BUTTON,
  type BubbleSize,
  CAROUSEL,
  CHAT,
  FONT_SIZE_PX,
  IMAGE_SIZE_PX,
  IMAGEMAP_BASE_WIDTH,
  LENGTH_PX,
  RICH_MENU_FALLBACK_SIZE,
} from './values.ts';
export { renderRichMenuWorkbenchHtml, renderWorkbenchHtml } from './workbench.ts';
