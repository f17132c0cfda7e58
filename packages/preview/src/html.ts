/**
 * Writing HTML as strings, safely. Every page is written with the `html` template, which escapes
 * whatever it is given unless it is `SafeHtml` (built by `html` itself or by the helpers here), so
 * escaping is never a decision made call by call. A CSS value reaches a `style` attribute only
 * through `style()`, which drops anything that is not a finished value (the input is user content,
 * and invalid input is rendered too).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/**
 * Escapes text for HTML content and quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"Brown" & Cony</b>'); // '&lt;b&gt;&quot;Brown&quot; &amp; Cony&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  // Most text has nothing to escape: testing first is cheaper than a replace that finds nothing.
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value;
}

/**
 * HTML that is safe to put in a page as it is: what the `html` template builds, or what `raw()`
 * vouches for. Anything else that reaches `html` is text, and is escaped.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What `html` takes between `${…}`: text (escaped), safe HTML, a list of them, or nothing. */
export type HtmlValue = SafeHtml | string | number | bigint | boolean | null | undefined | readonly HtmlValue[];

function append(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'string') return escapeHtml(value);
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value as readonly HtmlValue[]) out += append(item);
    return out;
  }
  return escapeHtml(String(value));
}

/**
 * Escape by default: every value between `${…}` is escaped as text unless it is `SafeHtml` (built
 * by `html` itself, or vouched for with `raw()`). Lists are joined; `null`, `undefined` and booleans
 * write nothing, so `${cond && html\`…\`}` works.
 *
 * @example
 * html`<p title="${name}">${name}</p>`.value; // name '<b>' gives '<p title="&lt;b&gt;">&lt;b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += append(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Empty HTML. */
export const NOTHING = new SafeHtml('');

/**
 * Marks a string as HTML that is safe as it is: markup we wrote, or text already escaped. Never
 * for anything that came from a message, a request or a user.
 *
 * @example
 * html`<style>${raw(previewStyles())}</style>`;
 */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** Text with `\n` as line breaks. */
export function multiline(value: string): SafeHtml {
  return new SafeHtml(escapeHtml(value).replace(/\r?\n/g, '<br>'));
}

// A CSS value we write ourselves or checked before: no ; { } < > \ or quotes can end a declaration.
const SAFE_CSS = /^[^;{}<>\\"']*$/;

/** CSS declarations by property; undefined values are left out. */
export type Declarations = Readonly<Record<string, string | number | undefined>>;

/**
 * A `style="…"` attribute from groups of declarations, in order; undefined values are left out.
 * Groups are written one after the other rather than merged into one object first: a few small
 * objects of fixed shape are much cheaper to build than one merged with spreads, for every component.
 */
export function style(...groups: readonly Declarations[]): SafeHtml {
  let css = '';
  for (const declarations of groups) {
    for (const property in declarations) {
      const value = declarations[property];
      if (value === undefined || value === '') continue;
      const text = String(value);
      if (SAFE_CSS.test(text)) css += css === '' ? `${property}:${text}` : `;${property}:${text}`;
    }
  }
  return css === '' ? NOTHING : new SafeHtml(` style="${escapeHtml(css)}"`);
}

/** ` name="value"` attributes; undefined and false are left out, true is a bare attribute. */
export function attrs(values: Record<string, string | number | boolean | undefined>): SafeHtml {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new SafeHtml(out);
}

/** Class names, skipping empty ones. */
export function classes(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** Where the browser loads an image of the JSON from; see `ChatOptions.imageSrc`. */
export type ImageSrc = (url: string) => string;

// Set only while one synchronous render runs (`withImageSrc`): threading it through every drawer would
// touch each signature for an option that only Storybook and local galleries use.
let currentImageSrc: ImageSrc | undefined;

/** Runs `draw` with image URLs mapped by `imageSrc` (none: URLs load as they are). */
export function withImageSrc<T>(imageSrc: ImageSrc | undefined, draw: () => T): T {
  const outer = currentImageSrc;
  currentImageSrc = imageSrc ?? outer;
  try {
    return draw();
  } finally {
    currentImageSrc = outer;
  }
}

/**
 * An http(s) URL that may be loaded as an image, or undefined (never javascript:, data: or a relative
 * path in the JSON). Under `withImageSrc` the URL is mapped, and the result may also be a relative
 * URL (a picture served next to the page), never one with another scheme.
 */
export function imageUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' && /^https?:\/\/[^\s"'<>]+$/i.test(value) ? value : undefined;
  if (url === undefined || currentImageSrc === undefined) return url;
  const mapped = currentImageSrc(url);
  return /^(?:https?:\/\/[^\s"'<>]+|[^\s"'<>:]+)$/i.test(mapped) ? mapped : url;
}

/**
 * An `<img>` that marks its frame `lj-missing` when it can not load, so that a placeholder shows
 * instead (offline, or a URL that is only an example).
 */
export function img(src: string | undefined, className: string, alt = ''): SafeHtml {
  if (!src) return NOTHING;
  return html`<img class="${className}" src="${src}" alt="${alt}" onerror="this.parentNode.classList.add('lj-missing')">`;
}
