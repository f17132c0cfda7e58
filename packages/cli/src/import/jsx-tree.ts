/** The TSX the importer writes, as a tree, before it is printed. */

/** `<Name {...props}>{children}</Name>`; a fragment has the name `''`. */
export class JsxElement {
  readonly children: readonly JsxChild[];

  constructor(
    readonly name: string,
    readonly props: readonly JsxProp[] = [],
    children: readonly JsxChild[] = [],
  ) {
    // Adjacent texts are one text: printed on separate lines, JSX would join them with a space.
    const merged: JsxChild[] = [];
    for (const child of children) {
      const last = merged.length - 1;
      if (typeof child === 'string' && typeof merged[last] === 'string') merged[last] += child;
      else merged.push(child);
    }
    this.children = merged;
  }
}

/** A prop: an element (`action={<Uri … />}`) or any JSON value, written as a literal. */
export type JsxProp = readonly [name: string, value: unknown];

/** Text, or an element. */
export type JsxChild = JsxElement | string;

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `json` has exactly these keys, in any order. */
export function hasExactly(json: JsonObject, keys: readonly string[]): boolean {
  const own = Object.keys(json);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

/** The components an element and its descendants use, props included. */
export function componentsOf(root: JsxElement, into = new Set<string>()): Set<string> {
  if (root.name) into.add(root.name);
  for (const [, value] of root.props) if (value instanceof JsxElement) componentsOf(value, into);
  for (const child of root.children) if (child instanceof JsxElement) componentsOf(child, into);
  return into;
}
