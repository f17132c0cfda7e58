/** Reading the preview's HTML strings in tests: the opening tag of an element and its inline styles. */

export interface Tag {
  readonly tag: string;
  readonly className: string;
  readonly style: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, string>>;
}

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function parseTag(source: string): Tag {
  const tag = /^<(\w+)/.exec(source)![1]!;
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) attributes[m[1]!] = unescapeHtml(m[2] ?? '');
  const style: Record<string, string> = {};
  for (const declaration of (attributes.style ?? '').split(';')) {
    const i = declaration.indexOf(':');
    if (i > 0) style[declaration.slice(0, i)] = declaration.slice(i + 1);
  }
  return { tag, className: attributes.class ?? '', style, attributes };
}

/** The element drawn for the JSON at `path` (its `data-path`). */
export function at(html: string, path: string): Tag {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<\\w+[^>]*\\sdata-path="${escaped}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with data-path="${path}"`);
  return parseTag(match[0]);
}

/** Every opening tag with `className` among its classes. */
export function allWithClass(html: string, className: string): Tag[] {
  return [...html.matchAll(/<\w+[^>]*>/g)].map((m) => parseTag(m[0])).filter((t) => t.className.split(' ').includes(className));
}

/** The first element inside the element at `path` with `className`. */
export function inside(html: string, path: string, className: string): Tag {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = new RegExp(`\\sdata-path="${escaped}"`).exec(html);
  if (!start) throw new Error(`no element with data-path="${path}"`);
  const found = allWithClass(html.slice(start.index), className)[0];
  if (!found) throw new Error(`no .${className} inside ${path}`);
  return found;
}
