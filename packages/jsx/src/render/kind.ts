/**
 * What a value renders to (one message, several, a rich menu, a set of them; as an element or as LINE JSON), and
 * rendering or validating it that way: shared by `@linejsx/testing` and the `linejsx` command.
 */
import { MESSAGE_TYPES, type ValidationResult, validateMessage, validateMessages, validateRichMenu } from '@linejsx/schema';
import { Fragment, isElement, type LineNode } from '../element.ts';
import { builtinOf } from './builtin.ts';
import { render, renderMessages, renderRichMenu, renderRichMenus, validateMenus } from './render.ts';

/** What an element renders to, or what LINE JSON is: `richMenus` is a set of menus, such as tabs. */
export type RenderKind = 'message' | 'messages' | 'richMenu' | 'richMenus';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): boolean {
  return isObject(value) && (MESSAGE_TYPES as readonly unknown[]).includes(value.type);
}

function isRichMenu(value: unknown): boolean {
  return isObject(value) && value.type === undefined && Array.isArray(value.areas);
}

/**
 * What `value` is as LINE JSON: messages (an array of message objects), a message (by its type), a
 * rich menu (areas, no type) or an array of rich menus; undefined for anything else.
 *
 * @example
 * jsonKindOf([{ type: 'text', text: 'Hi' }]); // 'messages'
 * jsonKindOf({ size: { width: 2500, height: 843 }, areas: [] }); // 'richMenu'
 */
export function jsonKindOf(value: unknown): RenderKind | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.every(isMessage) ? 'messages' : value.every(isRichMenu) ? 'richMenus' : undefined;
  }
  if (isMessage(value)) return 'message';
  return isRichMenu(value) ? 'richMenu' : undefined;
}

const VALIDATE = { message: validateMessage, messages: validateMessages, richMenu: validateRichMenu, richMenus: validateMenus } as const;

/**
 * Validates LINE JSON as `kind`: `validateMessage`, `validateMessages`, `validateRichMenu`, or each
 * rich menu of an array (paths `menus[i]…`).
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
/** Calls components until a built-in, a fragment or an array is left, as `render()` would. */
function unwrap(node: LineNode): LineNode {
  let current = node;
  for (let depth = 0; isElement(current) && current.type !== Fragment && !builtinOf(current.type) && depth < MAX_DEPTH; depth++) {
    current = (current.type as (props: unknown) => LineNode)(current.props);
  }
  return current;
}

const isRichMenuElement = (node: LineNode) => isElement(node) && builtinOf(node.type)?.name === 'RichMenu';

/** The pieces of a fragment or an array, flattened and unwrapped; nothing for null and booleans, as render() skips them. */
function pieces(node: LineNode): LineNode[] {
  const current = unwrap(node);
  if (Array.isArray(current)) return current.flatMap(pieces);
  if (isElement(current) && current.type === Fragment) return pieces((current.props as { children?: LineNode }).children);
  return current === null || current === undefined || typeof current === 'boolean' ? [] : [current];
}

/**
 * Whether `node` renders to a message, several messages, a rich menu or a set of rich menus: a
 * fragment or an array is several messages, or several rich menus when all of it is `<RichMenu>`s
 * (tabs); a `<RichMenu>` a rich menu; anything else one message. Your components are called to see
 * what they return, as `render()` does.
 *
 * @example
 * kindOf(<><Text>a</Text><Text>b</Text></>); // 'messages'
 * kindOf(<MainMenu />); // 'richMenu' when MainMenu returns a <RichMenu>
 * kindOf(<ShopTabs />); // 'richMenus' when ShopTabs returns a fragment of <RichMenu>s
 */
export function kindOf(node: LineNode): RenderKind {
  const current = unwrap(node);
  if (Array.isArray(current) || (isElement(current) && current.type === Fragment)) {
    const all = pieces(current);
    return all.length > 0 && all.every(isRichMenuElement) ? 'richMenus' : 'messages';
  }
  return isRichMenuElement(current) ? 'richMenu' : 'message';
}

/**
 * Renders `node` as `kind` (by default what `kindOf` says): `render()`, `renderMessages()`,
 * `renderRichMenu()`, or the menus of `renderRichMenus()` as an array of rich menu objects. Throws
 * a `LineValidationError` when LINE would refuse the result.
 *
 * @example
 * renderAs(<Welcome />); // the message object
 * renderAs(<><Welcome /><Sticker packageId="446" stickerId="1988" /></>); // an array of two
 */
export function renderAs(node: LineNode, kind: RenderKind = kindOf(node)): unknown {
  switch (kind) {
    case 'messages':
      return renderMessages(node);
    case 'richMenu':
      return renderRichMenu(node);
    case 'richMenus':
      return renderRichMenus(node).map((rendered) => rendered.menu);
    case 'message':
      return render(node);
  }
}
