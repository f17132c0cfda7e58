/** Rich menus of an element ready for a page opened in chromium: image files inlined as data URLs. */
import { readFileSync } from 'node:fs';
import { type LineNode, renderRichMenus } from '@linejsx/jsx';
import type { RichMenuView } from '@linejsx/preview';
import { readImageHeader } from '@linejsx/send';

/**
 * `data:image/png;base64,…` of an image file, typed by its header.
 *
 * @example
 * imageDataUrl(new URL('../examples/rich-menu/main-menu.png', import.meta.url)); // 'data:image/png;base64,iVBOR…'
 */
export function imageDataUrl(file: URL | string): string {
  const bytes = readFileSync(file);
  const header = readImageHeader(bytes);
  if (typeof header === 'string') throw new Error(`${String(file)}: ${header}`);
  return `data:${header.type};base64,${bytes.toString('base64')}`;
}

/**
 * The menus `element` renders to, each with its alias and its image as a data URL, so that a page
 * shows them with no file or network access.
 *
 * @example
 * const page = renderRichMenuPage(richMenuViews(<ShopTabs {...sample} />));
 */
export function richMenuViews(element: LineNode): RichMenuView[] {
  return renderRichMenus(element).map(({ menu, alias, image }) => ({
    menu,
    alias,
    image: image === undefined ? undefined : imageDataUrl(image),
  }));
}
