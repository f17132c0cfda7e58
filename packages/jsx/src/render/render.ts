/**
 * `render()` and friends: walk the element tree, validate the JSON once at the end, and map every
 * problem back to the component and the TSX line that produced it.
 */
import {
  type ComponentRef,
  LineValidationError,
  type Message,
  type RichMenu,
  richMenuSchema,
  type ValidationIssue,
  type ValidationResult,
  validateMessage,
  validateMessages,
  validateRichMenu,
  validateWith,
} from '@linejsx/schema';
import { deploymentOf } from '../components/RichMenu.ts';
import { Fragment, isElement, type LineNode } from '../element.ts';
import { builtinOf } from './builtin.ts';
import { type ElementInfo, type PathNode, RenderState, renderNode } from './frame.ts';

function pathKeys(node: PathNode | undefined): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let n = node; n; n = n.parent) keys.push(n.key);
  return keys.reverse();
}

function formatKeys(keys: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function componentPath(info: ElementInfo): string {
  const names: string[] = [];
  for (let i: ElementInfo | undefined = info; i; i = i.parent) {
    const showIndex = i.index !== undefined && (i.siblings?.count ?? 0) > 1;
    names.push(`<${i.name}>${showIndex ? `[${i.index}]` : ''}`);
  }
  return names.reverse().join(' > ');
}

function componentRef(info: ElementInfo | undefined): ComponentRef | undefined {
  return info ? { path: componentPath(info), ...(info.source ? { source: info.source } : {}) } : undefined;
}

/** Finds the innermost element that produced the value at a JSON path (or at a prefix of it). */
function componentFinder(state: RenderState): (path: string) => ComponentRef | undefined {
  const byPath = new Map<string, ElementInfo>();
  for (const info of state.origins) byPath.set(formatKeys(pathKeys(info.path)), info);
  return (start) => {
    let path = start;
    for (;;) {
      const info = byPath.get(path);
      if (info) return componentRef(info);
      if (path === '') return undefined;
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.slice(0, cut) : '';
    }
  };
}

/** Attaches to each validation issue the innermost element that produced the value at its path. */
function locate(issues: readonly ValidationIssue[], state: RenderState): ValidationIssue[] {
  const componentAt = componentFinder(state);
  return issues.map((issue) => {
    const component = componentAt(issue.path);
    return component ? { ...issue, component } : issue;
  });
}

/** `<Receipt>` for the element the user rendered, or a phrase for fragments and arrays. */
function subjectOf(node: LineNode, fallback: string): string {
  if (!isElement(node) || node.type === Fragment) return fallback;
  const name = builtinOf(node.type)?.name ?? node.type.name;
  return name ? `<${name}>` : fallback;
}

/** `path` is `base` or lies inside it (`a.b[0]` is inside `a.b`; everything is inside the root ""). */
function inside(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

/**
 * A validation issue that only repeats a render problem: where an element was refused or missing,
 * what is inside its place is missing too, and the list around it is short. The render problem
 * says what to change; "action is required" or "0 quick reply buttons" next to it would not.
 */
function repeats(issue: ValidationIssue, problems: readonly ValidationIssue[]): boolean {
  return problems.some(
    (p) =>
      (issue.path === p.path && (issue.code === 'required' || issue.code === p.code)) ||
      ((p.code === 'invalid_nesting' || p.code === 'required' || p.code === 'too_deep') &&
        (inside(issue.path, p.path) ||
          (inside(p.path, issue.path) && (issue.code === 'too_few' || issue.code === 'required' || issue.code === 'too_deep')))),
  );
}

/** Every render problem and validation issue of a finished walk, each located at its component. */
function collect<T>(state: RenderState, value: unknown, validate: (v: unknown) => ValidationResult<T>): ValidationIssue[] {
  const problems: ValidationIssue[] = state.problems.map((p) => ({
    path: formatKeys(pathKeys(p.path)),
    message: p.message,
    code: p.code,
    ...(p.info ? { component: componentRef(p.info)! } : {}),
  }));
  // With nothing rendered there is nothing to validate: the render problem says it all.
  const result = value === undefined ? undefined : validate(value);
  if (!result || result.ok) return problems;
  return [
    ...problems,
    ...locate(
      result.issues.filter((issue) => !repeats(issue, problems)),
      state,
    ),
  ];
}

function finish<T>(node: LineNode, state: RenderState, value: unknown, validate: (v: unknown) => ValidationResult<T>, what: string): T {
  const issues = collect(state, value, validate);
  if (issues.length > 0) throw new LineValidationError(issues, subjectOf(node, what));
  return value as T;
}

function renderAll(node: LineNode, slot: 'message' | 'richMenu', root: PathNode | undefined): { state: RenderState; out: unknown[] } {
  const state = new RenderState();
  const out: unknown[] = [];
  renderNode(state, node, slot, undefined, root, root !== undefined, out, root !== undefined ? { count: 0 } : undefined);
  return { state, out };
}

/**
 * Renders an element to one validated LINE message object.
 *
 * Throws a `LineValidationError` listing every problem, each with its component path, JSON path
 * and TSX source line, when the element breaks any of LINE's rules.
 *
 * @example
 * const message = render(<Text>Hello, LINE!</Text>);
 * // { type: 'text', text: 'Hello, LINE!' }
 * expect(render(<Receipt order={sample} />)).toMatchSnapshot();
 */
export function render(element: LineNode): Message {
  const { state, out } = renderAll(element, 'message', undefined);
  // No output after a render problem is that problem; say "nothing to render" only when nothing else explains it.
  if (out.length > 1 || (out.length === 0 && state.problems.length === 0)) {
    state.problems.push({
      path: undefined,
      info: undefined,
      code: 'invalid_nesting',
      message:
        out.length === 0
          ? 'nothing to render: the element gave no message'
          : `the element gave ${out.length} messages; use renderMessages() for several`,
    });
  }
  return finish(element, state, out[0], validateMessage, 'the message');
}

/**
 * Renders one to five messages (a fragment, an array or a single element) into the validated
 * `messages` array of a reply or push; JSON paths start with `messages[i]`.
 *
 * @example
 * const messages = renderMessages(
 *   <>
 *     <Text>Your order is on its way</Text>
 *     <Sticker packageId="446" stickerId="1988" />
 *   </>,
 * );
 */
export function renderMessages(element: LineNode): Message[] {
  const { state, out } = renderAll(element, 'message', { parent: undefined, key: 'messages' });
  return finish(element, state, out, checkMessages, 'the messages');
}

/** `validateMessages`, plus the quick replies LINE would hide. */
function checkMessages(messages: unknown): ValidationResult<Message[]> {
  return withHiddenQuickReplies(validateMessages(messages), messages as readonly unknown[]);
}

/**
 * LINE shows only the last message's quick reply (`R#items-object`) and accepts the others without
 * a word: a quick reply on an earlier message would silently never appear, so it is a problem here.
 * (LINE accepts such a request, so `@linejsx/schema` does too.)
 */
function withHiddenQuickReplies(result: ValidationResult<Message[]>, messages: readonly unknown[]): ValidationResult<Message[]> {
  const hidden: ValidationIssue[] = messages.slice(0, -1).flatMap((message, i) =>
    typeof message === 'object' && message !== null && 'quickReply' in message
      ? [
          {
            path: `messages[${i}].quickReply`,
            code: 'invalid_combination' as const,
            message: `LINE shows only the last message's quick reply; this one, on message ${i + 1} of ${messages.length}, would never appear`,
          },
        ]
      : [],
  );
  if (hidden.length === 0) return result;
  return { ok: false, issues: [...hidden, ...(result.ok ? [] : result.issues)] };
}

/** Messages rendered by `renderMessagesWithOrigins`, with the way back from a JSON path to its component. */
export interface RenderedMessages {
  readonly messages: Message[];
  /** The element that produced the value at `path` (`messages[0].contents.body`), if JSX made it. */
  componentAt(path: string): ComponentRef | undefined;
}

/**
 * Like `renderMessages`, and keeps the map from JSON paths to components, so that problems found
 * later (for instance in LINE's answer to a send) can still name the component and TSX line.
 *
 * @example
 * const { messages, componentAt } = renderMessagesWithOrigins(<Receipt order={order} />);
 * componentAt('messages[0].altText')?.path; // "<Flex>"
 */
export function renderMessagesWithOrigins(element: LineNode): RenderedMessages {
  const { state, out } = renderAll(element, 'message', { parent: undefined, key: 'messages' });
  const messages = finish(element, state, out, checkMessages, 'the messages');
  return { messages, componentAt: componentFinder(state) };
}

/**
 * Renders like `renderMessages()` but never throws a `LineValidationError`: it returns the JSON as
 * far as it could be built (possibly invalid) with every problem, for previews that show a design
 * and its problems side by side.
 *
 * @example
 * const { messages, issues } = tryRenderMessages(<Receipt order={draft} />);
 * container.innerHTML = renderChatHtml(messages, { issues });
 */
export function tryRenderMessages(element: LineNode): { readonly messages: unknown[]; readonly issues: readonly ValidationIssue[] } {
  const { state, out } = renderAll(element, 'message', { parent: undefined, key: 'messages' });
  return { messages: out, issues: collect(state, out, checkMessages) };
}

/**
 * Renders a `<RichMenu>` element to a validated rich menu object.
 *
 * @example
 * const menu = renderRichMenu(<MainMenu />);
 * await line.richMenu.create(menu);
 */
export function renderRichMenu(element: LineNode): RichMenu {
  return renderRichMenuWithOrigins(element).menu;
}

/** A rich menu rendered by `renderRichMenuWithOrigins`, with the way back from a JSON path to its component. */
export interface RenderedRichMenuWithOrigins {
  readonly menu: RichMenu;
  /** The element that produced the value at `path` (`areas[0].action.uri`). */
  componentAt(path: string): ComponentRef | undefined;
}

/**
 * Like `renderRichMenu`, and keeps the map from JSON paths to components, so that LINE's answer to
 * a create or validate (`details[].property`) can still name the component and TSX line.
 *
 * @example
 * const { menu, componentAt } = renderRichMenuWithOrigins(<MainMenu />);
 * componentAt('areas[0].action.uri')?.path; // "<RichMenu> > <Area>[0] > <Uri>"
 */
export function renderRichMenuWithOrigins(element: LineNode): RenderedRichMenuWithOrigins {
  const { state, out } = renderAll(element, 'richMenu', undefined);
  if (out.length !== 1) {
    state.problems.push({
      path: undefined,
      info: undefined,
      code: 'invalid_nesting',
      message: `expected one <RichMenu>; got ${out.length}`,
    });
  }
  return { menu: finish(element, state, out[0], validateRichMenu, 'the rich menu'), componentAt: componentFinder(state) };
}

/** A rich menu rendered by `renderRichMenus`, with what its `<RichMenu>` says about deploying it. */
export interface RenderedRichMenu<M = RichMenu> {
  readonly menu: M;
  /** The `alias` prop: the alias ID deploying gives the menu. */
  readonly alias?: string;
  /** The `image` prop: a file path or URL of the menu's image. */
  readonly image?: string | URL;
}

/** Validates each menu of a `menus` list, with paths `menus[i]…`. */
export function validateMenus(value: unknown): ValidationResult<RichMenu[]> {
  const menus = value as unknown[];
  const issues = menus.flatMap((menu, i) => validateWith(richMenuSchema, menu, `menus[${i}]`).issues);
  return issues.length === 0 ? { ok: true, value: menus as RichMenu[], issues: [] } : { ok: false, issues };
}

/** Walks `node` for one or more `<RichMenu>`s; aliases must be unique among them. */
function renderMenuSet(node: LineNode): { state: RenderState; out: object[]; rendered: RenderedRichMenu<unknown>[] } {
  const { state, out } = renderAll(node, 'richMenu', { parent: undefined, key: 'menus' });
  if (out.length === 0 && state.problems.length === 0) {
    state.problems.push({
      path: undefined,
      info: undefined,
      code: 'invalid_nesting',
      message: 'nothing to render: expected one or more <RichMenu>',
    });
  }
  const owners = new Map<string, number>();
  const rendered = (out as object[]).map((menu, i) => {
    const deployment = deploymentOf(menu);
    const alias = deployment?.alias;
    const owner = alias === undefined ? undefined : owners.get(alias);
    if (owner !== undefined)
      deployment!.frame.problem(
        `alias "${alias}" is already the alias of menu ${owner}; each menu needs its own`,
        'invalid_combination',
        'alias',
      );
    else if (alias !== undefined) owners.set(alias, i);
    return { menu, ...(alias !== undefined ? { alias } : {}), ...(deployment?.image !== undefined ? { image: deployment.image } : {}) };
  });
  return { state, out: out as object[], rendered };
}

/**
 * Renders one or more `<RichMenu>`s (a fragment, an array, or a component returning them) to
 * validated rich menu objects, each with its `alias` and `image` props: what deploying a set of
 * menus joined by `<RichMenuSwitch>` needs. JSON paths start with `menus[i]`. Throws a
 * `LineValidationError` listing every problem, including two menus with one alias.
 *
 * @example
 * const [menu, account] = renderRichMenus(<ShopTabs />);
 * menu.alias; // "shop-menu"
 * menu.menu.areas[1].action; // { type: 'richmenuswitch', richMenuAliasId: 'shop-account', data: 'tab=account' }
 */
export function renderRichMenus(element: LineNode): RenderedRichMenu[] {
  return renderRichMenusWithOrigins(element).menus;
}

/**
 * Like `renderRichMenus`, and keeps the map from JSON paths (`menus[1].areas[0].action.uri`) to
 * components, for LINE's answers about each menu.
 */
export function renderRichMenusWithOrigins(element: LineNode): {
  readonly menus: RenderedRichMenu[];
  componentAt(path: string): ComponentRef | undefined;
} {
  const { state, out, rendered } = renderMenuSet(element);
  finish(element, state, out, validateMenus, 'the rich menus');
  return { menus: rendered as RenderedRichMenu[], componentAt: componentFinder(state) };
}

/**
 * Like `renderRichMenus` but never throws a `LineValidationError`: the menus as far as they could
 * be built (possibly invalid), with every problem, for previews that show a menu and its problems.
 *
 * @example
 * const { menus, issues } = tryRenderRichMenus(<ShopTabs />);
 * container.innerHTML = renderRichMenuWorkbenchHtml(menus, { issues });
 */
export function tryRenderRichMenus(element: LineNode): {
  readonly menus: RenderedRichMenu<unknown>[];
  readonly issues: readonly ValidationIssue[];
} {
  const { state, out, rendered } = renderMenuSet(element);
  return { menus: rendered, issues: collect(state, out, validateMenus) };
}
