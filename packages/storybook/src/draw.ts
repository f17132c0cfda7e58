/**
 * What a story's value draws as, without a DOM: a TSX design (a message, messages, a rich menu or a
 * set of tabs) or LINE JSON (a message, an array of messages, a rich menu or an array of them),
 * turned into the preview's workbench HTML, the JSON it shows and every problem with it.
 */
import { isElement, kindOf, type LineNode, type RenderedRichMenu, tryRenderMessages, tryRenderRichMenus } from '@linejsx/jsx';
import { type ChatOptions, renderRichMenuWorkbenchHtml, renderWorkbenchHtml } from '@linejsx/preview';
import { richMenuSchema, type ValidationIssue, validateMessages, validateWith } from '@linejsx/schema';

/** What a story drew: the workbench's HTML, the JSON beside the phone, and its problems. */
export interface Drawn {
  readonly html: string;
  readonly json: unknown;
  readonly issues: readonly ValidationIssue[];
}

/** How a story value is drawn: as messages or as rich menus, from TSX or from JSON. */
export type LineValueKind = 'messages' | 'richMenus' | 'messagesJson' | 'richMenusJson';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isRichMenuJson = (value: unknown) => isObject(value) && 'size' in value && Array.isArray(value.areas);
const isMessageJson = (value: unknown) => isObject(value) && !isElement(value) && typeof value.type === 'string';

/**
 * How `value` is drawn, or undefined when it is not linejsx's (a string of HTML, a DOM node: a
 * story of Storybook's HTML renderer, left alone). Elements and arrays of them are TSX designs.
 *
 * @example
 * lineValueKind(<Welcome />); // 'messages'
 * lineValueKind({ type: 'text', text: 'Hi' }); // 'messagesJson'
 * lineValueKind('<p>hi</p>'); // undefined
 */
export function lineValueKind(value: unknown): LineValueKind | undefined {
  if (Array.isArray(value) && value.length > 0) {
    if (value.every(isRichMenuJson)) return 'richMenusJson';
    if (value.every(isMessageJson)) return 'messagesJson';
  }
  if (isRichMenuJson(value)) return 'richMenusJson';
  if (isMessageJson(value)) return 'messagesJson';
  if (isElement(value) || Array.isArray(value)) return designKind(() => value as LineNode);
  return undefined;
}

/** Rich menus for a `<RichMenu>` or tabs, else messages; a component that throws is drawn as messages, which show the exception. */
function designKind(design: () => LineNode): 'messages' | 'richMenus' {
  try {
    return kindOf(design()).startsWith('richMenu') ? 'richMenus' : 'messages';
  } catch {
    return 'messages';
  }
}

/**
 * Draws a TSX design as what it renders to: rich menus for a `<RichMenu>` (or a fragment of them),
 * messages for anything else.
 *
 * @example
 * const { html } = drawDesign(() => <Receipt order={sample} />);
 */
export function drawDesign(design: () => LineNode, options: ChatOptions = {}): Drawn {
  return (designKind(design) === 'richMenus' ? drawRichMenus : drawMessages)(design, options);
}

/**
 * Draws messages: `design()` is rendered with `tryRenderMessages`, so that problems are shown, not
 * thrown; a component that throws is shown as a problem too.
 *
 * @example
 * const { html, issues } = drawMessages(() => <Receipt order={sample} />, { theme: 'dark' });
 */
export function drawMessages(design: () => LineNode, options: ChatOptions = {}): Drawn {
  let messages: unknown[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ messages, issues } = tryRenderMessages(design()));
  } catch (error) {
    // A component that throws (say, on an arg edited into nonsense) is a problem to show, not a blank.
    issues = thrown(error);
  }
  return { html: renderWorkbenchHtml(messages, { ...options, issues }), json: messages, issues };
}

/**
 * Draws rich menus (one `<RichMenu>` or a fragment of tabs): the phone with the menus at the
 * bottom, each with its `image` prop.
 *
 * @example
 * const { html } = drawRichMenus(() => <ShopTabs />);
 */
export function drawRichMenus(design: () => LineNode, options: ChatOptions = {}): Drawn {
  let menus: RenderedRichMenu<unknown>[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ menus, issues } = tryRenderRichMenus(design()));
  } catch (error) {
    issues = thrown(error);
  }
  const html = renderRichMenuWorkbenchHtml(menus, { ...options, richMenuIssues: issues });
  // The JSON the workbench shows beside the menus: one menu, or each with its alias.
  return { html, json: menus.length === 1 ? menus[0]!.menu : menus.map(({ menu, alias }) => ({ alias, menu })), issues };
}

/**
 * Draws LINE JSON as it is, validated by `@linejsx/schema`: a message, an array of messages, a rich
 * menu or an array of rich menus.
 *
 * @example
 * const { issues } = drawJson({ type: 'text', text: '' }, 'messagesJson'); // text: must not be empty
 */
export function drawJson(json: unknown, kind: 'messagesJson' | 'richMenusJson', options: ChatOptions = {}): Drawn {
  if (kind === 'messagesJson') {
    const { issues } = validateMessages(Array.isArray(json) ? json : [json]);
    return { html: renderWorkbenchHtml(json, { ...options, issues }), json, issues };
  }
  const menus = (Array.isArray(json) ? json : [json]) as unknown[];
  const issues = menus.flatMap((menu, i) => validateWith(richMenuSchema, menu, `menus[${i}]`).issues);
  const views = menus.map((menu) => ({ menu }));
  return { html: renderRichMenuWorkbenchHtml(views, { ...options, richMenuIssues: issues }), json, issues };
}

/**
 * Draws any linejsx value a story returns, or undefined for what is not one.
 *
 * @example
 * drawValue(<Welcome name="Cony" />)?.html;
 */
export function drawValue(value: unknown, options: ChatOptions = {}): Drawn | undefined {
  const kind = lineValueKind(value);
  switch (kind) {
    case undefined:
      return undefined;
    case 'messages':
      return drawMessages(() => value as LineNode, options);
    case 'richMenus':
      return drawRichMenus(() => value as LineNode, options);
    default:
      return drawJson(value, kind, options);
  }
}

/** A component's exception as a problem the workbench lists. */
function thrown(error: unknown): ValidationIssue[] {
  return [{ path: '', message: `the component threw: ${error instanceof Error ? error.message : String(error)}`, code: 'invalid_value' }];
}
