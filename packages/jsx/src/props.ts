/** Helpers shared by the built-in components for turning props into LINE JSON. */

import type { LineElement } from './element.ts';
import type { Frame } from './render/frame.ts';

/**
 * Copies props into a JSON object, leaving out `children`, the keys in `omit` (props that the
 * component turns into JSON itself) and undefined values. Everything else passes through under its
 * LINE name, so an unknown prop reaches validation and fails there with a "did you mean".
 */
export function copyProps(props: object, omit: readonly string[] = NONE, into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const key in props) {
    if (key === 'children' || omit.includes(key)) continue;
    const value = (props as Record<string, unknown>)[key];
    if (value !== undefined) into[key] = value;
  }
  return into;
}

const NONE: readonly string[] = [];

/** Assigns `value` to `target[key]` unless it is undefined. */
export function put(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  if (value !== undefined) target[key] = value;
  return target;
}

/** Props every message component takes. */
export interface MessageCommonProps {
  /** Quick reply buttons shown under the message when it is the last one: `<QuickReply>…</QuickReply>`. */
  quickReply?: LineElement;
  /** Another name and icon for this message: `<Sender name="Cony" iconUrl="https://…" />`. */
  sender?: LineElement;
}

/** Adds `quickReply` and `sender` from the element's props to a message object. */
function finishMessage(out: Record<string, unknown>, frame: Frame): Record<string, unknown> {
  const props = frame.props as MessageCommonProps;
  put(out, 'quickReply', frame.one('quickReply', props.quickReply, 'quickReply'));
  return put(out, 'sender', frame.one('sender', props.sender, 'sender'));
}

/** A message object: `{ type, ...fields, quickReply, sender }`; undefined fields are left out. */
export function messageEnvelope(type: string, frame: Frame, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  for (const key in fields) put(out, key, fields[key]);
  return finishMessage(out, frame);
}

/**
 * A message whose props are its JSON: `{ type, ...props, ...fields, quickReply, sender }`. Props
 * named in `omit` are the component's own business; `fields` override props of the same name.
 */
export function messageJson(
  type: string,
  frame: Frame,
  fields: Record<string, unknown>,
  omit: readonly string[] = NONE,
): Record<string, unknown> {
  const out = copyProps(frame.props, omit, { type });
  delete out.quickReply;
  delete out.sender;
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return finishMessage(out, frame);
}

/** Renders an `action={…}` prop in its place. */
export function actionProp(frame: Frame, key = 'action'): unknown {
  return frame.one('action', frame.props[key], key);
}
