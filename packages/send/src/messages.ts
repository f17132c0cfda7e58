/**
 * What send methods accept as messages: a JSX element (rendered with its component map) or LINE
 * message JSON (one object or an array), validated either way before anything is sent.
 */
import { isElement, renderMessagesWithOrigins, type LineNode } from '@linejsx/jsx';
import { assertValid, validateMessages, type ComponentRef, type Message } from '@linejsx/schema';

/** A JSX element (or fragment/array of them), one message object, or an array of 1 to 5 messages. */
export type MessagesInput = LineNode | Message | readonly Message[];

export interface PreparedMessages {
  readonly messages: Message[];
  /** For JSX input: the component that produced a JSON path of the request body. */
  readonly componentAt?: (path: string) => ComponentRef | undefined;
}

function containsElement(node: unknown): boolean {
  return isElement(node) || (Array.isArray(node) && node.some(containsElement));
}

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
    return { messages, componentAt };
  }
  return { messages: assertValid(validateMessages(Array.isArray(input) ? input : [input]), 'the messages') };
}
