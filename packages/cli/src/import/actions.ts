/** Actions: `<Postback>`, `<Uri>`, `<MessageAction>`… whose props are the action's properties. */
import { type Conversion, describe } from './conversion.ts';
import { isObject, type JsxElement } from './jsx-tree.ts';

/** The component of each LINE action type; their props are the action's properties. */
const ACTION_COMPONENTS: Readonly<Record<string, string>> = {
  postback: 'Postback',
  message: 'MessageAction',
  uri: 'Uri',
  datetimepicker: 'DatetimePicker',
  camera: 'Camera',
  cameraRoll: 'CameraRoll',
  location: 'LocationAction',
  richmenuswitch: 'RichMenuSwitch',
  clipboard: 'Clipboard',
};

/** The component for an action's `type`, if there is one. */
export function actionComponent(type: unknown): string | undefined {
  return typeof type === 'string' && Object.hasOwn(ACTION_COMPONENTS, type) ? ACTION_COMPONENTS[type] : undefined;
}

/** An action, as an `action={…}` prop, a template's child or a quick reply button: `<Uri uri="…" />`. */
export function action(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `an action is an object; this one is ${describe(json)}`);
  const name = actionComponent(json.type);
  if (!name) return conversion.raw(json, path, `no component writes an action of type ${describe(json.type)}`);
  return conversion.element(name, json, path, ['type']);
}
