/**
 * What a value renders to (one message, several, a rich menu; as an element or as LINE JSON), and
 * rendering or validating it that way: shared by `@linejsx/testing` and the `linejsx` command.
 */
import { MESSAGE_TYPES, validateMessage, validateMessages, validateRichMenu, type ValidationResult } from '@linejsx/schema';
import { isElement, Fragment, type LineNode } from '../element.ts';
import { builtinOf } from './builtin.ts';
import { render, renderMessages, renderRichMenu } from './render.ts';

/** What an element renders to, or what LINE JSON is. */
export type RenderKind = 'message' | 'messages' | 'richMenu';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): boolean {
  return isObject(value) && (MESSAGE_TYPES as readonly unknown[]).includes(value.type);
}

/**
 * What `value` is as LINE JSON: messages (an array of message objects), a message (by its type) or
 * a rich menu (areas, no type); undefined for anything else.
 *
 * @example
 * jsonKindOf([{ type: 'text', text: 'Hi' }]); // 'messages'
 * jsonKindOf({ size: { width: 2500, height: 843 }, areas: [] }); // 'richMenu'
 */
export function jsonKindOf(value: unknown): RenderKind | undefined {
  if (Array.isArray(value)) return value.length > 0 && value.every(isMessage) ? 'messages' : undefined;
  if (isMessage(value)) return 'message';
  return isObject(value) && value.type === undefined && Array.isArray(value.areas) ? 'richMenu' : undefined;
}

const VALIDATE = { message: validateMessage, messages: validateMessages, richMenu: validateRichMenu } as const;

/**
 * Validates LINE JSON as `kind`: `validateMessage`, `validateMessages` or `validateRichMenu`.
 *
 * @example
 * validateAs(JSON.parse(text), jsonKindOf(json) ?? 'message').ok;
 */
export function validateAs(json: unknown, kind: RenderKind): ValidationResult<unknown> {
  return VALIDATE[kind](json);
}

// Deep enough for any real design; render() reports runaway recursion itself.
const MAX_DEPTH = 100;

/**
 * Whether `node` renders to a message, several messages or a rich menu: a fragment or an array is
 * several messages, a `<RichMenu>` a rich menu, anything else one message. Your components are
 * called to see what they return, as `render()` does.
 *
 * @example
 * kindOf(<><Text>a</Text><Text>b</Text></>); // 'messages'
 * kindOf(<MainMenu />); // 'richMenu' when MainMenu returns a <RichMenu>
 */
export function kindOf(node: LineNode): RenderKind {
  let current = node;
  for (let depth = 0; isElement(current) && current.type !== Fragment && !builtinOf(current.type) && depth < MAX_DEPTH; depth++) {
    current = (current.type as (props: unknown) => LineNode)(current.props);
  }
  if (Array.isArray(current) || (isElement(current) && current.type === Fragment)) return 'messages';
  return isElement(current) && builtinOf(current.type)?.name === 'RichMenu' ? 'richMenu' : 'message';
}

/**
 * Renders `node` as `kind` (by default what `kindOf` says): `render()`, `renderMessages()` or
 * `renderRichMenu()`. Throws a `LineValidationError` when LINE would refuse the result.
 *
 * @example
 * renderAs(<Welcome />); // the message object
 * renderAs(<><Welcome /><Sticker packageId="446" stickerId="1988" /></>); // an array of two
 */
export function renderAs(node: LineNode, kind: RenderKind = kindOf(node)): unknown {
  return kind === 'messages' ? renderMessages(node) : kind === 'richMenu' ? renderRichMenu(node) : render(node);
}
