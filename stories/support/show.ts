/**
 * How every story shows a design: rendered with `tryRenderMessages` (so that problems are shown,
 * not thrown), drawn by `@linejsx/preview` next to its JSON and validation result.
 */
import { tryRenderMessages, tryRenderRichMenus, type LineNode, type RenderedRichMenu, type ValidationIssue } from '@linejsx/jsx';
import { renderRichMenuWorkbenchHtml, renderWorkbenchHtml, type ChatOptions } from '@linejsx/preview';
import { samplePictureSrc } from '../../tools/sample-pictures.ts';

export interface ShowGlobals {
  readonly theme?: unknown;
  readonly phone?: unknown;
}

/**
 * The workbench of `node` as a DOM element; an exception thrown by a component is shown too.
 *
 * @example
 * render: (args, context) => show(() => <Receipt {...args} />, context.globals),
 */
export function show(node: () => LineNode, globals: ShowGlobals = {}): HTMLElement {
  const root = document.createElement('div');
  let messages: unknown[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ messages, issues } = tryRenderMessages(node()));
  } catch (error) {
    // A component that throws (say, on an arg edited into nonsense) is a problem to show, not a blank.
    issues = thrown(error);
  }
  root.innerHTML = renderWorkbenchHtml(messages, { ...chatOptions(globals), issues });
  return root;
}

// Vite's base: '/' in dev and in the story tests, './' in the static build (which may be served under any path).
const BASE = (import.meta as ImportMeta & { readonly env?: { readonly BASE_URL?: string } }).env?.BASE_URL ?? '/';
// The examples' placeholder image URLs load the pictures of .storybook/main.ts's staticDirs; the JSON keeps its URLs.
const imageSrc = samplePictureSrc(BASE);

function chatOptions(globals: ShowGlobals): ChatOptions {
  return { theme: globals.theme === 'dark' ? 'dark' : 'light', width: Number(globals.phone) || undefined, botName: 'Brown Café', imageSrc };
}

function thrown(error: unknown): ValidationIssue[] {
  return [{ path: '', message: `the component threw: ${error instanceof Error ? error.message : String(error)}`, code: 'invalid_value' }];
}

/**
 * The workbench of rich menus (one `<RichMenu>` or a fragment of tabs) as a DOM element: the
 * phone with the menus at the bottom, each with its `image` prop (Vite serves
 * `new URL('./menu.png', import.meta.url)`), the validation result and the JSON.
 *
 * @example
 * render: (args, context) => showRichMenus(() => <ShopTabs {...args} />, context.globals),
 */
export function showRichMenus(node: () => LineNode, globals: ShowGlobals = {}): HTMLElement {
  const root = document.createElement('div');
  let menus: RenderedRichMenu<unknown>[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ menus, issues } = tryRenderRichMenus(node()));
  } catch (error) {
    issues = thrown(error);
  }
  root.innerHTML = renderRichMenuWorkbenchHtml(menus, { ...chatOptions(globals), richMenuIssues: issues });
  return root;
}
