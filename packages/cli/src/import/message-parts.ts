/** What every message may carry: `quickReply={<QuickReply>…}` and `sender={<Sender … />}`. */
import { action } from './actions.ts';
import { at, type Conversion, type Converter, describe, Unfit } from './conversion.ts';
import { isObject, type JsonObject, JsxElement, type JsxProp } from './jsx-tree.ts';

const ITEM_KEYS = ['type', 'imageUrl', 'action'];

/** A quick reply button: a bare action, or `<QuickReplyButton imageUrl>` around one. */
function quickReplyItem(conversion: Conversion, json: unknown, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    if (!isObject(json) || json.type !== 'action' || !('action' in json) || Object.keys(json).some((k) => !ITEM_KEYS.includes(k))) {
      return new Unfit('a quick reply button is { type: "action", imageUrl?, action }, which <QuickReplyButton> writes');
    }
    const child = action(conversion, json.action, at(path, 'action'));
    if (!('imageUrl' in json) && child.name !== 'Raw') return child;
    return new JsxElement('QuickReplyButton', 'imageUrl' in json ? [['imageUrl', json.imageUrl]] : [], [child]);
  });
}

/** `quickReply={<QuickReply>…</QuickReply>}`. */
export function quickReply(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json) || !Array.isArray(json.items) || Object.keys(json).length !== 1) {
    return conversion.raw(json, path, 'a quickReply is { items: [...] }, which <QuickReply> writes');
  }
  const items = json.items.map((item, i) => quickReplyItem(conversion, item, at(at(path, 'items'), i)));
  return new JsxElement('QuickReply', [], items);
}

/** `sender={<Sender name="…" iconUrl="…" />}`. */
export function sender(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `a sender is an object; this one is ${describe(json)}`);
  return conversion.element('Sender', json, path, []);
}

/** The props of a message: `quickReply`, `sender` (and `elements`) as elements, the rest passed through. */
export function messageProps(
  conversion: Conversion,
  json: JsonObject,
  path: string,
  skip: readonly string[],
  elements: Readonly<Record<string, Converter>> = {},
): JsxProp[] | Unfit {
  return conversion.props(json, path, ['type', ...skip], { ...elements, quickReply, sender });
}
