/**
 * Pictures for the image URLs of the examples and the stories. Those URLs are placeholders on
 * images.example.com (valid https URLs, as LINE requires), where nothing is served; so that designs
 * show pictures offline, each one gets a generated picture whose colours come from its URL.
 * Storybook serves them as files (`pnpm sample-pictures` writes them to
 * stories/static/sample-pictures/) and maps the URLs with the preview's `imageSrc` option; the
 * browser tests and `pnpm gallery:screenshot` answer every image request with the same picture.
 * Browser-safe: no Node modules.
 */
import { type LineNode, renderMessages, renderRichMenus } from '@linejsx/jsx';
import { IMAGEMAP_BASE_WIDTH, renderChatHtml } from '@linejsx/preview';

export const SAMPLE_IMAGE_ORIGIN = 'https://images.example.com';
const PLACEHOLDER = /^https?:\/\/images\.example\.com\//;
/** The folder of the pictures, under Storybook's static dir (and the URL path they are served at). */
export const SAMPLE_PICTURES = 'sample-pictures';

/**
 * A 3:2 picture whose colours come from its URL, so that neighbouring images differ.
 *
 * @example
 * samplePicture('https://images.example.com/shops/brown-cafe.jpg'); // '<svg xmlns=…'
 */
export function samplePicture(url: string): string {
  let hue = 0;
  for (const c of url) hue = (hue * 31 + c.charCodeAt(0)) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,45%)"/></linearGradient></defs><rect width="600" height="400" fill="url(#g)"/><circle cx="420" cy="120" r="56" fill="hsla(0,0%,100%,.45)"/><path d="M0 400 L200 220 L330 330 L430 250 L600 400Z" fill="hsla(0,0%,0%,.18)"/></svg>`;
}

/**
 * The file of an example URL's picture, relative to the static dir; undefined for other URLs.
 *
 * @example
 * samplePictureFile('https://images.example.com/shops/brown-cafe.jpg'); // 'sample-pictures/shops/brown-cafe.jpg.svg'
 */
export function samplePictureFile(url: string): string | undefined {
  // http: too: a story of LINE's https rule shows an http URL, which the browser would load.
  if (!PLACEHOLDER.test(url)) return undefined;
  const path = new URL(url).pathname.replace(/[^A-Za-z0-9._/-]/g, '_');
  return `${SAMPLE_PICTURES}${path}.svg`;
}

/**
 * The preview's `imageSrc` for pictures served under `base` (the site's root URL): an example URL
 * becomes its picture's file, any other URL loads as it is.
 *
 * @example
 * renderWorkbenchHtml(messages, { imageSrc: samplePictureSrc('/') });
 */
export function samplePictureSrc(base: string): (url: string) => string {
  return (url) => {
    const file = samplePictureFile(url);
    return file === undefined ? url : `${base}${file}`;
  };
}

/**
 * Every example URL the preview loads as an image when it draws `designs` (messages or rich
 * menus): the pictures to write.
 *
 * @example
 * sampleImageUrls(examples.map((e) => ({ kind: e.kind, element: sampleElement(e) })));
 */
export function sampleImageUrls(designs: ReadonlyArray<{ readonly kind: 'message' | 'richMenu'; readonly element: LineNode }>): string[] {
  const urls = new Set<string>();
  const imageSrc = (url: string) => {
    if (samplePictureFile(url) !== undefined) urls.add(url);
    return url;
  };
  for (const { kind, element } of designs) {
    if (kind === 'message') renderChatHtml(renderMessages(element), { imageSrc });
    else renderChatHtml([], { imageSrc, richMenus: renderRichMenus(element).map(({ menu, alias }) => ({ menu, alias })) });
  }
  return [...urls].sort();
}

/**
 * Every example URL the preview loads as an image for designs written in TSX `sources` (the
 * stories, which can only be drawn in a browser): each URL literal, and for an imagemap's
 * `baseUrl` the `baseUrl/1040` picture the preview loads in its place.
 *
 * @example
 * sourceImageUrls(['<Imagemap baseUrl="https://images.example.com/map" …>']); // ['https://images.example.com/map/1040']
 */
export function sourceImageUrls(sources: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const source of sources) {
    for (const [, base, url] of source.matchAll(/(baseUrl\s*[=:]\s*)?["'`](https?:\/\/images\.example\.com\/[^"'`\s]*)["'`]/g)) {
      urls.add(base ? `${url}/${IMAGEMAP_BASE_WIDTH}` : url!);
    }
  }
  return [...urls].sort();
}
