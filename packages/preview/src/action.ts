/** What an action does, in a few words: tooltips on tappable areas, labels on template buttons. */
import { obj, str } from './input.ts';

/** `Opens https://…`, `Sends "yes"`, `Postback data=…`; undefined when there is no action. */
export function describeAction(value: unknown): string | undefined {
  const action = obj(value);
  if (!action) return undefined;
  switch (action.type) {
    case 'uri':
      return `Opens ${str(action.uri) ?? str(action.linkUri) ?? '(no uri)'}`;
    case 'message':
      return `Sends "${str(action.text) ?? ''}"`;
    case 'postback':
      return `Postback ${str(action.data) ?? ''}${str(action.displayText) ? ` (shows "${str(action.displayText)}")` : ''}`;
    case 'datetimepicker':
      return `Picks a ${str(action.mode) ?? 'date'}`;
    case 'camera':
      return 'Opens the camera';
    case 'cameraRoll':
      return 'Opens the camera roll';
    case 'location':
      return 'Sends a location';
    case 'clipboard':
      return `Copies "${str(action.clipboardText) ?? ''}"`;
    case 'richmenuswitch':
      return `Switches to rich menu ${str(action.richMenuAliasId) ?? ''}`;
    default:
      return typeof action.type === 'string' ? `${action.type} action` : 'an action';
  }
}

/** The label of an action, or ''. */
export function actionLabel(value: unknown): string {
  return str(obj(value)?.label) ?? '';
}
