/**
 * @linejsx/preview: LINE message JSON to HTML and CSS that look like the LINE chat screen. Pure
 * functions from JSON to strings: they run in Node and in the browser, and need no DOM.
 *
 * @example
 * import { renderPage } from '@linejsx/preview';
 * writeFileSync('preview.html', renderPage([{ type: 'text', text: 'Hello!' }]));
 */
export { type ChatOptions, renderChatHtml, renderMessageHtml, type UserText } from './chat.ts';
export { escapeHtml, type HtmlValue, html, type ImageSrc, raw, SafeHtml } from './html.ts';
export { type PageOptions, renderPage, renderRichMenuPage } from './page.ts';
export { type RichMenuView, renderRichMenuHtml } from './rich-menu.ts';
export { previewStyles } from './styles.ts';
// LINE's values as the preview draws them (VALUES.md says where each comes from).
export {
  type BlockPadding,
  BORDER_WIDTH_PX,
  BUBBLE_BACKGROUND,
  BUBBLES,
  BUTTON,
  type BubbleMetrics,
  type BubbleSize,
  CAROUSEL,
  CHAT,
  FONT_SIZE_PX,
  FOOTER_PADDING,
  IMAGE_SIZE_PX,
  IMAGEMAP_BASE_WIDTH,
  LENGTH_PX,
  MAX_DRAWN_DEPTH,
  RICH_MENU_FALLBACK_SIZE,
  SEPARATOR_COLOR,
  TEMPLATE_IMAGE_BACKGROUND,
  TEMPLATE_RATIO,
  TEXT,
} from './values.ts';
export { renderRichMenuWorkbenchHtml, renderWorkbenchHtml } from './workbench.ts';
