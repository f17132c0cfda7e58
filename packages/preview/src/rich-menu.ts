/**
 * Rich menus under the chat, as the LINE app shows them (RENDERING.md §11): the chat bar with its
 * text, then the image across the whole chat width, each area outlined and its action told on
 * hover. Without an image (or while it can not load) a placeholder names each area's action. Tabs
 * switch: an area with a `richmenuswitch` action shows the menu of that alias, and the chat bar
 * opens and closes the menu, with inline scripts so that this works wherever the HTML lands.
 */
import { richMenuSchema, type ValidationIssue, validateWith } from '@linejsx/schema';
import { actionLabel, describeAction } from './action.ts';
import { attrs, html, img, NOTHING, raw, type SafeHtml, style } from './html.ts';
import { arr, num, obj, str } from './input.ts';
import { IssueIndex, issueList } from './issues.ts';
import { RICH_MENU_FALLBACK_SIZE } from './values.ts';

/** A rich menu to draw: its JSON (valid or not), its image and its alias. */
export interface RichMenuView {
  /** Rich menu JSON, as rendered by `@linejsx/jsx` or read from anywhere; invalid is drawn too. */
  readonly menu: unknown;
  /**
   * The image: an http(s), `data:image/png` / `data:image/jpeg`, `blob:` or `file:` URL (in
   * Storybook, `new URL('./menu.png', import.meta.url)`). A labelled placeholder without one.
   */
  readonly image?: string | URL | undefined;
  /** The alias `richmenuswitch` actions of the other menus switch to. */
  readonly alias?: string | undefined;
}

// Images come from the developer, not from LINE JSON: data, blob and file URLs are fine here.
const IMAGE_URL = /^(?:https?:\/\/[^\s"'<>]+|data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=]+|blob:[^\s"'<>]+|file:\/\/[^\s"'<>]+)$/i;

const TOGGLE_SCRIPT = "var r=this.closest('.lj-rich-menus');if(r)r.classList.toggle('lj-rm-closed')";
// Compares attributes instead of building a selector: an alias in invalid input may hold anything.
const SWITCH_SCRIPT =
  "var r=this.closest('.lj-rich-menus');if(!r)return;var a=this.getAttribute('data-switch'),ms=r.querySelectorAll('.lj-rm-menu'),t=null;for(var i=0;i<ms.length;i++)if(ms[i].getAttribute('data-alias')===a)t=ms[i];if(t)for(var j=0;j<ms.length;j++)ms[j].hidden=ms[j]!==t";

const KEYBOARD = raw(
  '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="6" width="18" height="12" rx="2"/><path d="M7 10h.01M10 10h.01M13 10h.01M16 10h.01M8 14h8"/></svg>',
);

const percent = (n: number) => `${+n.toFixed(4)}%`;

/** The problems of the menus: those given (paths `menus[i]…`), or found by validating each. */
export function checkRichMenus(views: readonly RichMenuView[], given?: readonly ValidationIssue[]): IssueIndex {
  if (given) return new IssueIndex(given);
  return new IssueIndex(views.flatMap((view, i) => validateWith(richMenuSchema, view.menu, `menus[${i}]`).issues));
}

function area(
  value: unknown,
  path: string,
  size: { width: number; height: number },
  index: IssueIndex,
  aliases: ReadonlySet<string>,
): SafeHtml | undefined {
  const bounds = obj(obj(value)?.bounds);
  const [x, y, w, h] = [num(bounds?.x), num(bounds?.y), num(bounds?.width), num(bounds?.height)];
  if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
  const action = obj(obj(value)?.action);
  const target = action?.type === 'richmenuswitch' ? str(action.richMenuAliasId) : undefined;
  const what = describeAction(action) ?? 'no action';
  const label = actionLabel(action);
  const mark = index.mark(path);
  const elsewhere = target !== undefined && !aliases.has(target) ? ' (not in this preview)' : '';
  const title = [mark.title, label, `${what}${elsewhere}`].filter(Boolean).join('\n');
  const box = {
    left: percent((x / size.width) * 100),
    top: percent((y / size.height) * 100),
    width: percent((w / size.width) * 100),
    height: percent((h / size.height) * 100),
  };
  const inner = html`<span class="lj-rm-label"><b>${label || String(action?.type ?? 'no action')}</b><small>${what}</small></span>`;
  const switching = target !== undefined ? { 'data-switch': target, onclick: SWITCH_SCRIPT } : {};
  return html`<a${attrs({ class: `lj-rm-area${mark.className}`, 'data-path': path, title, ...switching })}${style(box)}>${inner}</a>`;
}

function menu(view: RichMenuView, i: number, index: IssueIndex, aliases: ReadonlySet<string>): SafeHtml {
  const json = obj(view.menu) ?? {};
  const path = `menus[${i}]`;
  const size = obj(json.size);
  const width = num(size?.width) || RICH_MENU_FALLBACK_SIZE.width;
  const height = num(size?.height) || RICH_MENU_FALLBACK_SIZE.height;
  const bar = index.mark(`${path}.chatBarText`);
  const chatBar = html`<div${attrs({ class: `lj-chat-bar${bar.className}`, title: bar.title })}>${KEYBOARD}<button type="button" class="lj-chat-bar-toggle" onclick="${TOGGLE_SCRIPT}"><span class="lj-chat-bar-text">${str(json.chatBarText) ?? ''}</span><span class="lj-chat-bar-arrow" aria-hidden="true"></span></button></div>`;
  const src = view.image === undefined ? undefined : String(view.image);
  const image = src && IMAGE_URL.test(src) ? img(src, 'lj-picture') : undefined;
  const areas = arr(json.areas).map((a, j) => area(a, `${path}.areas[${j}]`, { width, height }, index, aliases));
  const own = index.mark(path);
  const ratio = style({ 'padding-bottom': percent((height / width) * 100) });
  const frame = html`<div${attrs({ class: `lj-rm-frame${image ? '' : ' lj-missing'}${own.className}`, title: own.title, 'data-path': path })}><div class="lj-ratio"${ratio}></div>${image}${areas}</div>`;
  return html`<div${attrs({ class: 'lj-rm-menu', 'data-alias': view.alias, hidden: i > 0 })}>${chatBar}${frame}${issueList(index.under(path))}</div>`;
}

/** The chat bar and menus that take the place of the input bar (the first menu on show). */
export function richMenuSection(views: readonly RichMenuView[], index: IssueIndex): SafeHtml {
  if (views.length === 0) return NOTHING;
  const aliases = new Set(views.flatMap((v) => (v.alias === undefined ? [] : [v.alias])));
  return html`<div class="lj-rich-menus">${views.map((view, i) => menu(view, i, index, aliases))}</div>`;
}

/**
 * Draws rich menus alone, as the bottom of the LINE chat screen shows them: the chat bar, the
 * image with every area outlined (its action on hover), or a placeholder naming each area's
 * action; problems under the menu. Several menus are tabs: the first is shown, and tapping an
 * area that switches to another's alias shows that one. Needs `previewStyles()` on the page.
 *
 * @example
 * const html = renderRichMenuHtml([{ menu: renderRichMenu(<MainMenu />), image: 'https://cdn.example.com/menu.png' }]);
 */
export function renderRichMenuHtml(
  views: readonly RichMenuView[],
  options: { readonly theme?: 'light' | 'dark'; readonly issues?: readonly ValidationIssue[]; readonly width?: number } = {},
): string {
  const index = checkRichMenus(views, options.issues);
  return html`<div class="lj-root lj-theme-${options.theme === 'dark' ? 'dark' : 'light'}"${style({ width: options.width ? `${options.width}px` : undefined })}>${richMenuSection(views, index)}</div>`
    .value;
}
