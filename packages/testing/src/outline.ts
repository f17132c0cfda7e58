/**
 * A compact outline of LINE JSON, one line per object, indented by nesting: what a reviewer reads
 * in a snapshot diff to see what changed in the message before looking at the JSON.
 */
import { jsonBytes, LIMITS } from '@linejsx/schema';
import { isObject, jsonKindOf } from './render-any.ts';

type Json = Record<string, unknown>;

/** A string quoted as JSON (so that line breaks show as `\n`), anything else as it is. */
function q(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Joins the parts that are there with spaces. */
function words(...parts: unknown[]): string {
  return parts.filter((p) => p !== undefined && p !== null && p !== '').join(' ');
}

/** Where an object sits decides what it is: a `location` action is not a location message. */
type Place = 'message' | 'action' | 'column' | 'imageColumn' | 'area' | 'imagemapVideo' | 'any';

/** A line under an object: a labelled value to outline, or a finished line. */
type Child = readonly [label: string | undefined, value: unknown, place: Place] | string;

function action(a: Json): string {
  const main: Record<string, unknown> = {
    postback: a.data !== undefined ? `data=${q(a.data)}` : undefined,
    message: a.text !== undefined ? `text=${q(a.text)}` : undefined,
    uri: a.uri ?? a.linkUri,
    datetimepicker: a.mode,
    richmenuswitch: a.richMenuAliasId,
    clipboard: a.clipboardText !== undefined ? q(a.clipboardText) : undefined,
  };
  return words(a.type, a.label !== undefined ? q(a.label) : undefined, main[a.type as string]);
}

const size = (s: unknown) => (isObject(s) ? `${s.width}×${s.height}` : undefined);
const bounds = (b: unknown) => (isObject(b) ? `${b.x},${b.y} ${size(b)}` : '?');
const list = (values: unknown, place: Place = 'any', label?: string): Child[] =>
  Array.isArray(values) ? values.map((v): Child => [label, v, place]) : [];
const one = (label: string | undefined, value: unknown, place: Place = 'any'): Child[] =>
  value === undefined ? [] : [[label, value, place]];

function bytes(container: unknown): string {
  const limit = isObject(container) && container.type === 'carousel' ? LIMITS.flexCarouselBytes : LIMITS.flexBubbleBytes;
  return `[${jsonBytes(container).toLocaleString('en-US')} of ${limit.max.toLocaleString('en-US')} bytes]`;
}

function substitution(key: string, value: unknown): string {
  if (!isObject(value)) return `{${key}}: ${q(value)}`;
  const mentionee = isObject(value.mentionee) ? value.mentionee : {};
  if (value.type === 'mention') return `{${key}}: mention ${mentionee.type === 'all' ? 'all' : q(mentionee.userId)}`;
  return `{${key}}: ${words(value.type, value.productId, value.emojiId)}`;
}

/** The line for one object, and what goes under it. */
function describe(o: Json, place: Place): { line: string; children: Child[] } {
  const common: Child[] = [
    ...list(isObject(o.quickReply) ? o.quickReply.items : undefined, 'any', 'quick reply'),
    ...(isObject(o.sender) ? [`sender ${words(q(o.sender.name), o.sender.iconUrl)}`] : []),
  ];
  if (place === 'action') return { line: action(o), children: [] };
  if (place === 'area')
    return { line: `area ${bounds(o.area ?? o.bounds)}: ${isObject(o.action) ? action(o.action) : action(o)}`, children: [] };
  if (place === 'column')
    return {
      line: words('column', o.title !== undefined ? `${q(o.title)}:` : '', q(o.text)),
      children: [...one('defaultAction', o.defaultAction, 'action'), ...list(o.actions, 'action')],
    };
  if (place === 'imageColumn') return { line: `column ${o.imageUrl}`, children: one('action', o.action, 'action') };
  if (place === 'imagemapVideo') {
    const link = isObject(o.externalLink) ? `link ${words(q(o.externalLink.label), o.externalLink.linkUri)}` : undefined;
    return { line: words(o.originalContentUrl, `at ${bounds(o.area)}`, link), children: [] };
  }
  if (isObject(o.action) && o.type === 'action') return { line: action(o.action), children: [] }; // a quick reply item
  const t = o.type;
  switch (t) {
    case 'text':
    case 'textV2':
      return {
        line: words(
          t,
          o.text !== undefined ? q(o.text) : undefined,
          Array.isArray(o.emojis) ? `(${o.emojis.length} LINE emoji)` : undefined,
        ),
        children: [
          ...Object.entries(isObject(o.substitution) ? o.substitution : {}).map(([k, v]) => substitution(k, v)),
          ...list(o.contents),
          ...one('action', o.action, 'action'),
          ...common,
        ],
      };
    case 'span':
      return { line: `span ${q(o.text)}`, children: [] };
    case 'sticker':
      return { line: `sticker ${o.packageId}/${o.stickerId}`, children: common };
    case 'image':
    case 'video':
    case 'audio':
      return {
        line: words(t, o.originalContentUrl ?? o.url, o.duration !== undefined ? `${o.duration} ms` : undefined),
        children: [...one('altContent', o.altContent), ...one('action', o.action, 'action'), ...common],
      };
    case 'location':
      return { line: words('location', q(o.title), q(o.address), `${o.latitude},${o.longitude}`), children: common };
    case 'coupon':
      return { line: `coupon ${o.couponId}`, children: common };
    case 'imagemap':
      return {
        line: words('imagemap', q(o.altText), o.baseUrl, size(o.baseSize)),
        children: [...one('video', o.video, 'imagemapVideo'), ...list(o.actions, 'area'), ...common],
      };
    case 'template':
      return { line: `template ${q(o.altText)}`, children: [[undefined, o.template, 'any'], ...common] };
    case 'buttons':
      return {
        line: words('buttons', o.title !== undefined ? `${q(o.title)}:` : '', q(o.text)),
        children: [...one('defaultAction', o.defaultAction, 'action'), ...list(o.actions, 'action')],
      };
    case 'confirm':
      return { line: `confirm ${q(o.text)}`, children: list(o.actions, 'action') };
    case 'image_carousel':
      return { line: 'image_carousel', children: list(o.columns, 'imageColumn') };
    case 'flex':
      return { line: words('flex', q(o.altText), bytes(o.contents)), children: [...one(undefined, o.contents), ...common] };
    case 'carousel':
      return { line: 'carousel', children: [...list(o.contents), ...list(o.columns, 'column')] };
    case 'bubble':
      return {
        line: words('bubble', o.size),
        children: [...['header', 'hero', 'body', 'footer'].flatMap((b) => one(b, o[b])), ...one('action', o.action, 'action')],
      };
    case 'box':
      return { line: `box ${o.layout}`, children: [...list(o.contents), ...one('action', o.action, 'action')] };
    case 'button':
      return { line: `button ${o.style ?? 'link'}`, children: one('action', o.action, 'action') };
    case 'icon':
      return { line: `icon ${o.url}`, children: [] };
  }
  if (t === undefined && isObject(o.size) && Array.isArray(o.areas)) {
    return {
      line: words('rich menu', q(o.name), size(o.size), `chat bar ${q(o.chatBarText)}`, o.selected ? 'selected' : ''),
      children: list(o.areas, 'area'),
    };
  }
  return { line: String(t ?? 'object'), children: [] };
}

function walk(value: unknown, place: Place, label: string | undefined, depth: number, out: string[]): void {
  const prefix = `${'  '.repeat(depth)}${label ? `${label}: ` : ''}`;
  if (!isObject(value)) {
    out.push(`${prefix}${q(value)}`);
    return;
  }
  const { line, children } = describe(value, place);
  out.push(prefix + line);
  for (const child of children) {
    if (typeof child === 'string') out.push(`${'  '.repeat(depth + 1)}${child}`);
    else walk(child[1], child[2], child[0], depth + 1, out);
  }
}

/**
 * The outline of a message, a messages array, a rich menu or an array of them, one line per object.
 *
 * @example
 * outline({ type: 'text', text: 'Hello' }); // ['text "Hello"']
 */
export function outline(value: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    const what = jsonKindOf(value) === 'richMenus' ? 'rich menu' : 'message';
    out.push(value.length === 1 ? `1 ${what}` : `${value.length} ${what}s`);
    for (const [i, message] of value.entries()) walk(message, 'message', `[${i}]`, 0, out);
  } else walk(value, 'message', undefined, 0, out);
  return out;
}
