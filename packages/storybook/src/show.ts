/**
 * Draws a story in the page: the workbench of `draw.ts` as a DOM element, the preview's stylesheet
 * once per page, and what was drawn sent to the "LINE JSON" panel (json-panel.ts).
 */
import type { LineNode } from '@linejsx/jsx';
import { type ChatOptions, previewStyles } from '@linejsx/preview';
import { formatSource } from '@linejsx/schema';
import { addons } from 'storybook/preview-api';
import { type Drawn, drawDesign, drawMessages, drawRichMenus } from './draw.ts';
import { JSON_PANEL_EVENT, type RenderedJson } from './json-panel.ts';
import type { LineParameters } from './types.ts';

export interface ShowGlobals {
  readonly theme?: unknown;
  readonly phone?: unknown;
}

/** The parts of Storybook's story context a story is shown with (a `StoryContext` is one). */
export interface ShowContext {
  /** The toolbar's `theme` and `phone` (preview.ts). */
  readonly globals?: ShowGlobals;
  /** `parameters.linejsx`: the account's name and where images load from. */
  readonly parameters?: { readonly linejsx?: LineParameters };
  /** The story's id: given, the story sends its JSON to the LINE JSON panel. */
  readonly id?: string;
}

/**
 * The workbench of messages as a DOM element; an exception thrown by a component is shown too.
 *
 * @example
 * render: (args, context) => show(() => <Receipt {...args} />, context),
 */
export function show(design: () => LineNode, context: ShowContext = {}): HTMLElement {
  return element(drawMessages(design, chatOptions(context)), context);
}

/**
 * The workbench of rich menus (one `<RichMenu>` or a fragment of tabs) as a DOM element: the
 * phone with the menus at the bottom, each with its `image` prop (Vite serves
 * `new URL('./menu.png', import.meta.url)`), the validation result and the JSON.
 *
 * @example
 * render: (args, context) => showRichMenus(() => <ShopTabs {...args} />, context),
 */
export function showRichMenus(design: () => LineNode, context: ShowContext = {}): HTMLElement {
  return element(drawRichMenus(design, chatOptions(context)), context);
}

/**
 * The workbench of a design as what it renders to: rich menus for a `<RichMenu>` (or tabs),
 * messages for anything else.
 *
 * @example
 * render: (args, context) => showDesign(() => <Welcome {...args} />, context),
 */
export function showDesign(design: () => LineNode, context: ShowContext = {}): HTMLElement {
  return element(drawDesign(design, chatOptions(context)), context);
}

/**
 * What a drawing becomes on the page: a `<div>` holding the workbench; sent to the panel when the
 * context names the story.
 */
export function element(drawn: Drawn, context: ShowContext): HTMLElement {
  addStylesheet();
  const root = document.createElement('div');
  root.innerHTML = drawn.html;
  publish(context.id, drawn);
  return root;
}

/**
 * The chat options a story is drawn with: the toolbar's theme and phone width, and the project's
 * `parameters.linejsx`.
 */
export function chatOptions({ globals = {}, parameters }: ShowContext): ChatOptions {
  const { botName, imageSrc } = parameters?.linejsx ?? {};
  return {
    theme: globals.theme === 'dark' ? 'dark' : 'light',
    width: Number(globals.phone) || undefined,
    ...(botName !== undefined ? { botName } : {}),
    ...(imageSrc !== undefined ? { imageSrc } : {}),
  };
}

/** The preview's stylesheet, once per page. */
function addStylesheet(): void {
  if (document.head.querySelector('style[data-linejsx="preview"]')) return;
  const sheet = document.createElement('style');
  sheet.dataset.linejsx = 'preview';
  sheet.textContent = previewStyles();
  document.head.append(sheet);
}

/** Sends what the story drew to the LINE JSON panel, on every render (args edited included). */
function publish(storyId: string | undefined, { json, issues }: Drawn): void {
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
