/**
 * How every story shows a design: rendered with `tryRenderMessages` (so that problems are shown,
 * not thrown), drawn by `@linejsx/preview` next to its JSON and validation result.
 */
import { type LineNode, type RenderedRichMenu, tryRenderMessages, tryRenderRichMenus, type ValidationIssue } from '@linejsx/jsx';
import { type ChatOptions, renderRichMenuWorkbenchHtml, renderWorkbenchHtml } from '@linejsx/preview';
import { formatSource } from '@linejsx/schema';
import { addons } from 'storybook/preview-api';
import { samplePictureSrc } from '../../tools/sample-pictures.ts';
import { JSON_PANEL_EVENT, type RenderedJson } from './json-panel.ts';

export interface ShowGlobals {
  readonly theme?: unknown;
  readonly phone?: unknown;
}

/** The parts of Storybook's story context a story is shown with (a `StoryContext` is one). */
export interface ShowContext {
  readonly globals?: ShowGlobals;
  /** The story's id: given, the story sends its JSON to the LINE JSON panel. */
  readonly id?: string;
}

/**
 * The workbench of `node` as a DOM element; an exception thrown by a component is shown too.
 *
 * @example
 * render: (args, context) => show(() => <Receipt {...args} />, context),
 */
export function show(node: () => LineNode, context: ShowContext = {}): HTMLElement {
  const root = document.createElement('div');
  let messages: unknown[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ messages, issues } = tryRenderMessages(node()));
  } catch (error) {
    // A component that throws (say, on an arg edited into nonsense) is a problem to show, not a blank.
    issues = thrown(error);
  }
  root.innerHTML = renderWorkbenchHtml(messages, { ...chatOptions(context.globals), issues });
  publish(context.id, messages, issues);
  return root;
}

// Vite's base: '/' in dev and in the story tests, './' in the static build (which may be served under any path).
const BASE = (import.meta as ImportMeta & { readonly env?: { readonly BASE_URL?: string } }).env?.BASE_URL ?? '/';
// The examples' placeholder image URLs load the pictures of .storybook/main.ts's staticDirs; the JSON keeps its URLs.
const imageSrc = samplePictureSrc(BASE);

function chatOptions(globals: ShowGlobals = {}): ChatOptions {
  return { theme: globals.theme === 'dark' ? 'dark' : 'light', width: Number(globals.phone) || undefined, botName: 'Brown Café', imageSrc };
}

/** Sends what the story rendered to the LINE JSON panel, on every render (args edited included). */
function publish(storyId: string | undefined, json: unknown, issues: readonly ValidationIssue[]): void {
  if (storyId === undefined) return;
  const payload: RenderedJson = {
    storyId,
    json,
    issues: issues.map(({ path, message, component }) => ({
      path,
      message,
      ...(component ? { where: component.source ? `${component.path} · ${formatSource(component.source)}` : component.path } : {}),
    })),
  };
  addons.getChannel().emit(JSON_PANEL_EVENT, payload);
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
 * render: (args, context) => showRichMenus(() => <ShopTabs {...args} />, context),
 */
export function showRichMenus(node: () => LineNode, context: ShowContext = {}): HTMLElement {
  const root = document.createElement('div');
  let menus: RenderedRichMenu<unknown>[] = [];
  let issues: readonly ValidationIssue[] = [];
  try {
    ({ menus, issues } = tryRenderRichMenus(node()));
  } catch (error) {
    issues = thrown(error);
  }
  root.innerHTML = renderRichMenuWorkbenchHtml(menus, { ...chatOptions(context.globals), richMenuIssues: issues });
  // The JSON the workbench shows beside the menus: one menu, or each with its alias.
  publish(context.id, menus.length === 1 ? menus[0]!.menu : menus.map(({ menu, alias }) => ({ alias, menu })), issues);
  return root;
}
