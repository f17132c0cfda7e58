/** Imagemap messages: `<Imagemap>` with `<Area>`s, each around its action, and a `video={…}`. */
import { at, type Conversion, describe, Unfit } from './conversion.ts';
import { hasExactly, isObject, type JsonObject, JsxElement, type JsxProp } from './jsx-tree.ts';
import { messageProps } from './message-parts.ts';

const AREA_KEYS = ['x', 'y', 'width', 'height'];

/** The actions an imagemap area may hold; `<Uri uri>` is written as `linkUri` there. */
const AREA_ACTIONS: Readonly<Record<string, string>> = { uri: 'Uri', message: 'MessageAction', clipboard: 'Clipboard' };

/** `<Area x y width height>` around the action's component. */
function area(conversion: Conversion, json: unknown, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    if (!isObject(json)) return new Unfit(`an imagemap action is an object; this one is ${describe(json)}`);
    const bounds = json.area;
    if (!isObject(bounds) || !hasExactly(bounds, AREA_KEYS))
      return new Unfit('its area is not { x, y, width, height }, which <Area> writes');
    const type = json.type;
    const name = typeof type === 'string' && Object.hasOwn(AREA_ACTIONS, type) ? AREA_ACTIONS[type]! : undefined;
    if (!name) return new Unfit(`no component writes an imagemap action of type ${describe(type)}`);
    if (type === 'uri' && 'uri' in json) return new Unfit('it has a "uri"; in an imagemap <Uri uri> writes linkUri');
    const props = conversion.props(json, path, ['type', 'area']);
    if (props instanceof Unfit) return props;
    const actionProps = props.map(([key, value]): JsxProp => [type === 'uri' && key === 'linkUri' ? 'uri' : key, value]);
    return new JsxElement(
      'Area',
      AREA_KEYS.map((key): JsxProp => [key, bounds[key]]),
      [new JsxElement(name, actionProps)],
    );
  });
}

function video(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `an imagemap video is an object; this one is ${describe(json)}`);
  return conversion.element('Video', json, path, []);
}

/** An imagemap message. */
export function imagemapMessage(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  const { actions } = json;
  if (!Array.isArray(actions))
    return conversion.raw(json, path, `its actions is ${describe(actions)}; <Imagemap> always writes an actions array`);
  return conversion.fallback(json, path, () => {
    const props = messageProps(conversion, json, path, ['actions'], { video });
    if (props instanceof Unfit) return props;
    return new JsxElement(
      'Imagemap',
      props,
      actions.map((item, i) => area(conversion, item, at(at(path, 'actions'), i))),
    );
  });
}
