/**
 * The tree walk. A `Frame` is one built-in element being rendered: it knows its props, its place in
 * the component tree and in the JSON being produced, and renders its children into a slot.
 * Fragments, arrays, null/false/undefined and user components flatten away here.
 */
import { type IssueCode, LIMITS, type SourceLocation } from '@linejsx/schema';
import { Fragment, isElement, type LineNode } from '../element.ts';
import { acceptedIn, builtinOf, misplacedFix, SLOTS, type Slot } from './builtin.ts';

/** Where an element sits in the component tree (a `Frame` is one). */
export interface ElementInfo {
  readonly name: string;
  readonly source: SourceLocation | undefined;
  readonly parent: ElementInfo | undefined;
  readonly index: number | undefined;
  /** Shared by the siblings of one children list; the index is shown only when there are several. */
  readonly siblings: { count: number } | undefined;
  /** JSON path of what the element produced. */
  readonly path: PathNode | undefined;
}

/**
 * A JSON path as a linked list, formatted only when a problem needs it. Mutable for one reason:
 * rich menu areas learn their index only after the grid is laid out (`RichMenu.ts`).
 */
export interface PathNode {
  parent: PathNode | undefined;
  key: string | number;
}

export interface RenderProblem {
  readonly path: PathNode | undefined;
  readonly info: ElementInfo | undefined;
  readonly message: string;
  readonly code: IssueCode;
}

/** Everything one `render()` call collects. */
export class RenderState {
  /** Each built-in element rendered, in tree order, with the JSON path of what it produced. */
  readonly origins: ElementInfo[] = [];
  readonly problems: RenderProblem[] = [];
  /** Components, fragments and arrays being unwrapped, one inside the other (at most MAX_DEPTH). */
  depth = 0;
  /** Built-in elements being rendered, one inside the other (at most `LIMITS.nesting`). */
  nesting = 0;
}

/** Where rendered children go: under `key` (dotted for nesting, or in place), one index each when `indexed`. */
export interface Placement {
  readonly key?: string;
  readonly indexed?: boolean;
  /**
   * `false` when the children's output does not land where they are rendered (the `<Emoji>`s of a
   * message `<Text>` end up in `emojis[i]` or `substitution.key`): the parent then records where
   * each one went with `Frame.claim`, so problems there point at the right element.
   */
  readonly track?: boolean;
}

function under(path: PathNode | undefined, key: string | undefined): PathNode | undefined {
  if (key === undefined) return path;
  if (key.indexOf('.') < 0) return { parent: path, key };
  let node = path;
  for (const segment of key.split('.')) node = { parent: node, key: segment };
  return node;
}

const NO_PLACE: Placement = {};

// Deep enough for any real design, shallow enough to fail cleanly on runaway recursion.
const MAX_DEPTH = 256;
const MAX_NESTING = LIMITS.nesting.max;

/** What a value that is not a node is, and what to do instead. */
function describeValue(value: unknown): { what: string; hint: string } {
  const children = 'only elements, strings and numbers can be children';
  if (typeof value === 'function')
    return { what: `a function (${value.name || 'anonymous'})`, hint: `write it as a tag, <${value.name || 'Component'} />, or call it` };
  if (typeof value === 'symbol') return { what: 'a symbol', hint: children };
  if (value instanceof Promise) return { what: 'a Promise', hint: 'await data before rendering' };
  return { what: 'a plain object', hint: children };
}

function child(parent: PathNode | undefined, key: string | number): PathNode {
  return { parent, key };
}

/**
 * Enters one more level of components, fragments or arrays (`state.depth`), or records the problem
 * of one too many and says so: the caller then renders nothing there, and leaves `depth` alone.
 */
function tooDeep(state: RenderState, path: PathNode | undefined, parent: ElementInfo | undefined, what: string, hint = ''): boolean {
  if (state.depth >= MAX_DEPTH) {
    state.problems.push({ path, info: parent, code: 'too_deep', message: `${what} more than ${MAX_DEPTH} deep${hint}` });
    return true;
  }
  state.depth++;
  return false;
}

/** Renders `node` into `out` in `slot`. */
export function renderNode(
  state: RenderState,
  node: LineNode,
  slot: Slot,
  parent: ElementInfo | undefined,
  base: PathNode | undefined,
  indexed: boolean,
  out: unknown[],
  siblings: { count: number } | undefined,
  track = true,
): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (Array.isArray(node)) {
    const list = node as readonly LineNode[];
    if (tooDeep(state, base, parent, 'arrays of children nest')) return;
    try {
      for (let i = 0; i < list.length; i++) renderNode(state, list[i], slot, parent, base, indexed, out, siblings, track);
    } finally {
      state.depth--;
    }
    return;
  }
  // Untracked children (inline pieces) land where their parent decides: until then they sit at its path.
  const path = indexed && track ? child(base, out.length) : base;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    if (slot === 'span' || slot === 'messageText') {
      // Adjacent strings are one piece of text: `Total{' '}<Span>` (a formatter's way of writing
      // `Total <Span>` across lines) must give the same JSON, and the same paths, as the one-line form.
      const last = out.length - 1;
      if (typeof out[last] === 'string') out[last] += String(node);
      else out.push(String(node));
    } else if (typeof node !== 'string' || node.trim() !== '') {
      state.problems.push({
        path,
        info: parent,
        code: 'invalid_nesting',
        message: `the text ${JSON.stringify(String(node).slice(0, 40))} can not go ${SLOTS[slot]}; put it in a <Text>`,
      });
    }
    return;
  }
  if (!isElement(node)) {
    const { what, hint } = describeValue(node);
    state.problems.push({ path, info: parent, code: 'invalid_nesting', message: `${what} can not be rendered ${SLOTS[slot]}; ${hint}` });
    return;
  }
  const props = (node.props ?? {}) as Record<string, unknown>;
  if (node.type === Fragment) {
    if (tooDeep(state, base, parent, 'fragments nest')) return;
    try {
      renderNode(state, props.children as LineNode, slot, parent, base, indexed, out, siblings, track);
    } finally {
      state.depth--;
    }
    return;
  }
  const builtin = builtinOf(node.type);
  if (builtin) {
    const renderer = builtin.slots[slot];
    const at = builtin.at?.[slot];
    // The element's index is its place among its element siblings, whatever text sits between them.
    const index = indexed ? (siblings?.count ?? out.length) : undefined;
    const frame = new Frame(
      state,
      builtin.name,
      node.source,
      parent,
      index,
      indexed ? siblings : undefined,
      at === undefined ? path : child(path, at),
      props,
    );
    if (!renderer) {
      const accepted = acceptedIn(slot);
      const fix = misplacedFix(builtin, slot) ?? (accepted ? `that takes ${accepted}` : '');
      state.problems.push({
        path,
        info: frame,
        code: 'invalid_nesting',
        message: `<${builtin.name}> can not go ${SLOTS[slot]}${fix ? `; ${fix}` : ''}`,
      });
      return;
    }
    if (track) state.origins.push(frame);
    if (siblings && indexed) siblings.count++;
    if (state.nesting >= MAX_NESTING) {
      state.problems.push({ path, info: frame, code: 'too_deep', message: `elements nested deeper than ${MAX_NESTING} levels` });
      return;
    }
    state.nesting++;
    try {
      const value = renderer(props, frame);
      if (value !== undefined) out.push(value);
    } finally {
      state.nesting--;
    }
    return;
  }
  if (typeof node.type !== 'function') {
    const message =
      typeof node.type === 'string'
        ? `<${node.type}> is not a LINE component; linejsx has no lowercase (HTML) tags`
        : `${describeValue(node.type).what} is not a component`;
    state.problems.push({ path, info: parent, code: 'invalid_nesting', message });
    return;
  }
  if (tooDeep(state, path, parent, `components nest`, `; is <${node.type.name}> rendering itself?`)) return;
  try {
    renderNode(state, (node.type as (p: unknown) => LineNode)(props), slot, parent, base, indexed, out, siblings, track);
  } finally {
    state.depth--;
  }
}

/** One built-in element being rendered; it is also the element's `ElementInfo`. */
export class Frame implements ElementInfo {
  constructor(
    readonly state: RenderState,
    readonly name: string,
    readonly source: SourceLocation | undefined,
    readonly parent: ElementInfo | undefined,
    readonly index: number | undefined,
    readonly siblings: { count: number } | undefined,
    readonly path: PathNode | undefined,
    readonly props: Readonly<Record<string, unknown>>,
  ) {}

  /** Renders this element's children in `slot`, returning every output. */
  children(slot: Slot, place: Placement = NO_PLACE): unknown[] {
    return this.render(slot, this.props.children, place);
  }

  /** Renders `node` (a prop's element, or children) in `slot`, returning every output. */
  render(slot: Slot, node: unknown, place: Placement = NO_PLACE): unknown[] {
    const out: unknown[] = [];
    if (node === undefined || node === null) return out;
    const base = under(this.path, place.key);
    renderNode(
      this.state,
      node as LineNode,
      slot,
      this,
      base,
      place.indexed ?? false,
      out,
      place.indexed ? { count: 0 } : undefined,
      place.track ?? true,
    );
    return out;
  }

  /** Records that `info`, rendered with `track: false`, produced the value at `keys` below this element; returns that path. */
  claim(info: ElementInfo, ...keys: ReadonlyArray<string | number>): PathNode | undefined {
    let path = this.path;
    for (const key of keys) path = child(path, key);
    this.state.origins.push({
      name: info.name,
      source: info.source,
      parent: info.parent,
      index: info.index,
      siblings: info.siblings,
      path,
    });
    return path;
  }

  /** Renders a node that must give at most one output (an `action={…}` prop, a single child). */
  one(slot: Slot, node: unknown, key?: string, what: string = SLOTS[slot]): unknown {
    if (node === undefined || node === null || node === false) return undefined;
    const out = this.render(slot, node, key === undefined ? NO_PLACE : { key });
    if (out.length > 1) this.problem(`<${this.name}> takes one element ${what}; it got ${out.length}`, 'invalid_nesting', key);
    return out[0];
  }

  /**
   * Like `one`, for a node that must give one output: when it gives none, records `missing` as a
   * `required` problem, unless rendering it already said why (a wrong element is not also a missing one).
   */
  need(slot: Slot, node: unknown, missing: string, key?: string, what?: string): unknown {
    const before = this.state.problems.length;
    const value = this.one(slot, node, key, what);
    if (value === undefined && this.state.problems.length === before) this.problem(missing, 'required', key);
    return value;
  }

  /** The string children of this element, joined; elements among them are problems. */
  text(): string {
    // One string child, the usual case, is the text itself: no walk needed.
    const only = this.props.children;
    if (typeof only === 'string') return only;
    const parts = this.children('span');
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else this.problem(`<${this.name}> takes only text as children`);
    }
    return text;
  }

  /** Records a problem at this element (or at `key` below its JSON path). */
  problem(message: string, code: IssueCode = 'invalid_nesting', key?: string | number): void {
    this.state.problems.push({ path: typeof key === 'number' ? child(this.path, key) : under(this.path, key), info: this, code, message });
  }
}
