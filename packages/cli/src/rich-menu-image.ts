/**
 * The image of a rich menu as its `<RichMenu image>` prop gives it, for `richmenu deploy` (which
 * uploads it) and `preview` (which draws it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImageHeader } from '@linejsx/send';

/**
 * The image prop with a relative path made absolute from the TSX file's directory; URLs as they are.
 *
 * @example
 * menuImage('menu.png', '/app/menus'); // '/app/menus/menu.png'
 */
export function menuImage(image: string | URL | undefined, baseDir: string): string | URL | undefined {
  return typeof image === 'string' && !isAbsolute(image) && !/^\w+:/.test(image) ? resolve(baseDir, image) : image;
}

/**
 * The image as a page shows it wherever the page is opened (and Chromium's screenshot too): a local
 * PNG or JPEG inlined as a `data:` URL, an http(s) URL as it is. Undefined when there is no image
 * or it can not be read, and the preview draws its labelled placeholder instead.
 *
 * @example
 * pageImage(new URL('./menu.png', import.meta.url)); // 'data:image/png;base64,…'
 */
export function pageImage(image: string | URL | undefined): string | undefined {
  if (image === undefined) return undefined;
  const text = String(image);
  if (/^https?:/i.test(text)) return text;
  const path = text.startsWith('file:') ? fileURLToPath(text) : text;
  if (!isAbsolute(path) || !existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  // The header reader deploy checks uploads with: a JPEG or PNG, or undefined.
  const header = readImageHeader(bytes);
  return typeof header === 'string' ? undefined : `data:${header.type};base64,${bytes.toString('base64')}`;
}
