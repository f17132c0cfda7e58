/** A message object, as the component of its type. */
import { at, type Conversion, describe, Unfit } from './conversion.ts';
import { flexContainer } from './flex.ts';
import { imagemapMessage } from './imagemap.ts';
import { isObject, type JsonObject, JsxElement } from './jsx-tree.ts';
import { messageProps } from './message-parts.ts';
import { templateMessage } from './templates.ts';
import { textMessage, textV2Message } from './text-messages.ts';

/** Messages whose props are their JSON, one to one. */
const PLAIN: Readonly<Record<string, string>> = { image: 'Image', video: 'Video', audio: 'Audio', location: 'Location', coupon: 'Coupon' };

function sticker(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  for (const key of ['packageId', 'stickerId']) {
    // <Sticker> sends number IDs as strings; the number itself (which LINE refuses) can not be written.
    if (typeof json[key] === 'number')
      return conversion.raw(json, path, `its ${key} is the number ${json[key]}; <Sticker> would send the string "${json[key]}"`);
  }
  return plain(conversion, 'Sticker', json, path);
}

function plain(conversion: Conversion, name: string, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const props = messageProps(conversion, json, path, []);
    return props instanceof Unfit ? props : new JsxElement(name, props);
  });
}

function flexMessage(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const props = messageProps(conversion, json, path, ['contents']);
    if (props instanceof Unfit) return props;
    return new JsxElement('Flex', props, 'contents' in json ? [flexContainer(conversion, json.contents, at(path, 'contents'))] : []);
  });
}

/** A message object at `path` ('' for a single message, `messages[i]` in an array). */
export function message(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `a message is an object; this one is ${describe(json)}`);
  const type = json.type;
  switch (type) {
    case 'text':
      return textMessage(conversion, json, path);
    case 'textV2':
      return textV2Message(conversion, json, path);
    case 'sticker':
      return sticker(conversion, json, path);
    case 'imagemap':
      return imagemapMessage(conversion, json, path);
    case 'template':
      return templateMessage(conversion, json, path);
    case 'flex':
      return flexMessage(conversion, json, path);
  }
  if (typeof type === 'string' && Object.hasOwn(PLAIN, type)) return plain(conversion, PLAIN[type]!, json, path);
  return conversion.raw(json, path, `no component writes a message of type ${describe(type)}`);
}
