/** Shared by the template components: the envelope `{ type: 'template', altText, template }`. */
import { copyProps, messageEnvelope, put } from '../props.ts';
import type { Frame } from '../render/frame.ts';

/** Props that belong to the message, not to the template object. */
const MESSAGE_PROPS = ['altText', 'quickReply', 'sender'];

/**
 * Builds a template message: the component's own props go into `template`, except those in
 * `omit`, which the caller renders (actions, columns, defaultAction).
 */
export function templateMessage(frame: Frame, type: string, omit: readonly string[], fill: (template: Record<string, unknown>) => void) {
  const template: Record<string, unknown> = { type, ...copyProps(frame.props, [...MESSAGE_PROPS, ...omit]) };
  fill(template);
  return messageEnvelope('template', frame, { altText: frame.props.altText, template });
}

/** Renders a `defaultAction={…}` prop into `template.defaultAction` (or a column's). */
export function defaultAction(frame: Frame, target: Record<string, unknown>, key: string) {
  put(target, 'defaultAction', frame.one('action', frame.props.defaultAction, key));
}
