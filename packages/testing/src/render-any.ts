/**
 * Tells what a test hands over (one message, several, a rich menu; as an element or as JSON) and
 * renders or validates it that way.
 */
import { Fragment, isElement } from '@linejsx/jsx';

// One implementation of "what does this render to", shared with the `linejsx` command.
export { jsonKindOf, kindOf, type RenderKind, renderAs, validateAs } from '@linejsx/jsx';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `<Receipt>` for an element, or what it is otherwise; for matcher messages. */
export function nameOf(node: unknown): string {
  if (isElement(node)) return node.type === Fragment ? 'the fragment' : `<${node.type.name || 'Anonymous'}>`;
  if (Array.isArray(node)) return 'the array';
  if (typeof node === 'function') return `${node.name || 'the function'}()`;
  return typeof node === 'string' ? JSON.stringify(node) : String(node);
}
