/**
 * The gallery: every design of examples/ in its phone frame, as `@linejsx/preview` draws it (rich
 * menus under an empty chat), with its title. The demo writes it to build/gallery/index.html; `pnpm gallery:screenshot`
 * photographs it for the README.
 */
import { renderMessages } from '@linejsx/jsx';
import { escapeHtml, previewStyles, renderChatHtml } from '@linejsx/preview';
import { type Example, sampleElement } from '../examples/index.ts';
import { richMenuViews } from '../tools/rich-menu-views.ts';

export interface GalleryOptions {
  /** A fixed number of columns (the screenshot); by default as many as the window holds. */
  readonly columns?: number;
  /** The page's heading and the line under it; none by default (the screenshot). */
  readonly heading?: string;
  readonly intro?: string;
  /** Show each design's description under its title. */
  readonly descriptions?: boolean;
}

const PHONE = 390;

/**
 * A standalone HTML page of the designs (styles inlined; images load from their URLs).
 *
 * @example
 * writeFileSync('build/gallery/index.html', galleryPage(examples, { heading: 'linejsx examples', descriptions: true }));
 */
export function galleryPage(designs: readonly Example[], options: GalleryOptions = {}): string {
  const cells = designs
    .map((example) => {
      const element = sampleElement(example);
      const chat =
        example.kind === 'richMenu'
          ? renderChatHtml([], { botName: example.title, richMenus: richMenuViews(element), issues: [] })
          : renderChatHtml(renderMessages(element), { botName: example.title });
      const about = options.descriptions ? `<p>${escapeHtml(example.description)}</p>` : '';
      return `<figure id="${escapeHtml(example.id)}">${chat}<figcaption>${escapeHtml(example.title)}${about}</figcaption></figure>`;
    })
    .join('');
  const grid = options.columns ? `repeat(${options.columns},${PHONE}px)` : `repeat(auto-fill,${PHONE}px)`;
  const head = options.heading
    ? `<header><h1>${escapeHtml(options.heading)}</h1>${options.intro ? `<p>${escapeHtml(options.intro)}</p>` : ''}</header>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(options.heading ?? 'linejsx gallery')}</title><style>${previewStyles()}
body{margin:0;padding:24px;background:#f6f7f9;font:14px system-ui,sans-serif;color:#1f2328${options.columns ? ';display:inline-block' : ''}}
header{margin-bottom:24px}h1{font-size:22px;margin:0 0 4px}
main{display:grid;grid-template-columns:${grid};gap:24px;align-items:start;justify-content:center}
figure{margin:0}figcaption{font-weight:600;text-align:center;margin-top:8px}figcaption p{font-weight:400;color:#57606a;text-align:left;margin:4px 0 0}</style></head>
<body>${head}<main>${cells}</main></body></html>`;
}
