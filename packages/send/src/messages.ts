/**
 * What send methods accept as messages: a JSX element (rendered with its component map) or LINE
 * message JSON (one object or an array), validated either way before anything is sent.
 */
import { isElement, type LineNode, renderMessagesWithOrigins } from '@linejsx/jsx';
import { assertValid, type ComponentRef, type Message, validateMessages } from '@linejsx/schema';

/** A JSX element (or fragment/array of them), one message object, or an array of 1 to 5 messages. */
export type MessagesInput = LineNode | Message | readonly Message[];

export interface PreparedMessages {
  readonly messages: Message[];
  /** `messages` as JSON, the bytes that go into the request body. */
  readonly json: string;
  /** For JSX input: the component that produced a JSON path of the request body. */
  readonly componentAt?: (path: string) => ComponentRef | undefined;
}

function containsElement(node: unknown): boolean {
  return isElement(node) || (Array.isArray(node) && node.some(containsElement));
}

/**
 * The JSON of each message object (or array) when it last passed validation. Sending the same
 * object again unchanged (a notice pushed to users one by one, a retry) compares its JSON, which
 * the request needs anyway, instead of validating it again; a changed object is validated anew.
 * Weak: an entry goes with its object.
 */
const validatedJson = new WeakMap<object, string>();

/**
 * Renders or validates `input` into the `messages` array of a request.
 * Throws `LineValidationError` listing every problem; nothing invalid goes further.
 *
 * @example
 * prepareMessages(<Text>Hi</Text>).messages; // [{ type: 'text', text: 'Hi' }]
 * prepareMessages({ type: 'text', text: '' }); // throws: messages[0].text: text must not be empty
 */
export function prepareMessages(input: MessagesInput): PreparedMessages {
  if (containsElement(input)) {
    const { messages, componentAt } = renderMessagesWithOrigins(input as LineNode);
    return { messages, json: JSON.stringify(messages), componentAt };
  }
  const single = !Array.isArray(input);
  const messages = (single ? [input] : input) as Message[];
  const key = typeof input === 'object' && input !== null ? input : undefined;
  // A value JSON can not hold (a cycle, a BigInt) is left to validation to explain.
  let json = key ? jsonOrUndefined(key) : undefined;
  if (json === undefined || validatedJson.get(key!) !== json) {
    assertValid(validateMessages(messages), 'the messages');
    json ??= JSON.stringify(input);
    if (key) validatedJson.set(key, json);
  }
  return { messages, json: single ? `[${json}]` : json };
}

function jsonOrUndefined(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * The JSON body of a send: `fields` (those not undefined, as JSON.stringify leaves them out) and
 * the prepared messages' JSON, without serialising the messages a second time.
 *
 * @example
 * requestJson({ to: 'U…', notificationDisabled: true }, prepared); // '{"to":"U…","notificationDisabled":true,"messages":[…]}'
 */
export function requestJson(fields: object, prepared: PreparedMessages): string {
  let json = '{';
  for (const key in fields) {
    const value: unknown = (fields as Record<string, unknown>)[key];
    if (value !== undefined) json += `${JSON.stringify(key)}:${JSON.stringify(value)},`;
  }
  return `${json}"messages":${prepared.json}}`;
}
