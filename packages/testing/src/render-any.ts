/** Renders whatever a test hands over the way it is meant: one message, several, or a rich menu. */
import { Fragment, isElement, render, renderMessages, renderRichMenu, type LineNode } from '@linejsx/jsx';

/** What an element renders to. */
export type RenderKind = 'message' | 'messages' | 'richMenu';

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
 */
export function kindOf(node: LineNode): RenderKind {
  let current = node;
  for (let depth = 0; isElement(current) && typeof current.type === 'function' && current.type !== Fragment && builtinName(current.type) === undefined && depth < MAX_DEPTH; depth++) {
    current = (current.type as (props: unknown) => LineNode)(current.props);
  }
  if (Array.isArray(current) || (isElement(current) && current.type === Fragment)) return 'messages';
  return isElement(current) && builtinName(current.type) === 'RichMenu' ? 'richMenu' : 'message';
}

/** Renders `node` as `kind`: `render()`, `renderMessages()` or `renderRichMenu()`. */
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
