/**
 * Tells what a test hands over (one message, several, a rich menu; as an element or as JSON) and
 * renders or validates it that way.
 */
import { Fragment, isElement, render, renderMessages, renderRichMenu, type LineNode } from '@linejsx/jsx';
import { MESSAGE_TYPES, validateMessage, validateMessages, validateRichMenu, type ValidationResult } from '@linejsx/schema';

/** What an element renders to, or what LINE JSON is. */
export type RenderKind = 'message' | 'messages' | 'richMenu';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): boolean {
  return isObject(value) && (MESSAGE_TYPES as readonly unknown[]).includes(value.type);
}

/** What `value` is as LINE JSON: messages, a message (by its type) or a rich menu (areas, no type); undefined otherwise. */
export function jsonKindOf(value: unknown): RenderKind | undefined {
  if (Array.isArray(value)) return value.length > 0 && value.every(isMessage) ? 'messages' : undefined;
  if (isMessage(value)) return 'message';
  return isObject(value) && value.type === undefined && Array.isArray(value.areas) ? 'richMenu' : undefined;
}

const VALIDATE = { message: validateMessage, messages: validateMessages, richMenu: validateRichMenu } as const;

/** Validates LINE JSON as `kind`. */
export function validateAs(json: unknown, kind: RenderKind): ValidationResult<unknown> {
  return VALIDATE[kind](json);
}

// The registered symbol under which defineBuiltin keeps a built-in component's definition.
const BUILTIN = Symbol.for('linejsx.builtin');

/** The name of a built-in component (`'RichMenu'`), or undefined for your own components. */
function builtinName(type: unknown): string | undefined {
  const definition = typeof type === 'function' ? (type as { [BUILTIN]?: { name: string } })[BUILTIN] : undefined;
  return definition?.name;
}

// Deep enough for any real design; render() reports runaway recursion itself.
const MAX_DEPTH = 100;

/**
 * Whether `node` is a message, several messages or a rich menu: a fragment or an array is several
 * messages, a `<RichMenu>` a rich menu, anything else one message. Your components are called to
 * see what they return, as `render()` does.
 *
 * @example
 * kindOf(<><Text>a</Text><Text>b</Text></>); // 'messages'
 * kindOf(<MainMenu />); // 'richMenu' when MainMenu returns a <RichMenu>
 */
export function kindOf(node: LineNode): RenderKind {
  let current = node;
  for (let depth = 0; isElement(current) && typeof current.type === 'function' && current.type !== Fragment && builtinName(current.type) === undefined && depth < MAX_DEPTH; depth++) {
    current = (current.type as (props: unknown) => LineNode)(current.props);
  }
  if (Array.isArray(current) || (isElement(current) && current.type === Fragment)) return 'messages';
  return isElement(current) && builtinName(current.type) === 'RichMenu' ? 'richMenu' : 'message';
}

/**
 * Renders `node` as `kind` (by default what `kindOf` says): `render()`, `renderMessages()` or
 * `renderRichMenu()`.
 *
 * @example
 * renderAs(<Welcome />); // the message object; throws LineValidationError when LINE would refuse it
 */
export function renderAs(node: LineNode, kind: RenderKind = kindOf(node)): unknown {
  return kind === 'messages' ? renderMessages(node) : kind === 'richMenu' ? renderRichMenu(node) : render(node);
}

/** `<Receipt>` for an element, or what it is otherwise; for matcher messages. */
export function nameOf(node: unknown): string {
  if (isElement(node)) return node.type === Fragment ? 'the fragment' : `<${node.type.name || 'Anonymous'}>`;
  if (Array.isArray(node)) return 'the array';
  if (typeof node === 'function') return `${node.name || 'the function'}()`;
  return typeof node === 'string' ? JSON.stringify(node) : String(node);
}
