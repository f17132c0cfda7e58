/**
 * Stories that are tests: each shows one design, and as a test (`@storybook/addon-vitest`, in a
 * browser) checks that it draws and that its validation result is the one the story expects.
 */

import { type Component, createElement, type LineNode } from '@linejsx/jsx';
import type { StoryObj } from '@storybook/html-vite';
import { addons } from 'storybook/preview-api';
import { expect } from 'storybook/test';
import { controlsFor, type FlatArgs, flatten, unflatten } from './args.ts';
import { JSON_PANEL_EVENT, type RenderedJson } from './json-panel.ts';
import { show, showDesign, showRichMenus } from './show.ts';

export type Args = Record<string, unknown>;

export interface StoryOptions<A extends Args> {
  readonly args?: A;
  readonly argTypes?: StoryObj<A>['argTypes'];
  /** Problems the design has on purpose (a story of LINE's rules); default none. */
  readonly problems?: number;
  /** More checks of what chromium drew, run after the common ones. */
  readonly check?: (canvas: HTMLElement) => Promise<void>;
}

/**
 * A story of `design(args)`: the phone frame, the JSON with a copy button, and the validation
 * result. Its test fails when the design draws nothing or its problems are not the expected ones.
 *
 * @example
 * export const Plain = story(() => <Text>Hello</Text>);
 */
export function story<A extends Args = Args>(design: (args: A) => LineNode, options: StoryOptions<A> = {}): StoryObj<A> {
  return {
    ...(options.args ? { args: options.args } : {}),
    ...(options.argTypes ? { argTypes: options.argTypes } : {}),
    render: (args, context) => show(() => design(args), context),
    play: async ({ canvasElement, id }) => {
      const status = canvasElement.querySelector('.lj-status');
      await expect(status).not.toBeNull();
      await expect(canvasElement.querySelector('.lj-msg')).not.toBeNull();
      const problems = canvasElement.querySelectorAll('.lj-panel > .lj-issues > li').length;
      await expect(problems, `problems shown: ${canvasElement.querySelector('.lj-panel .lj-issues')?.textContent ?? 'none'}`).toBe(
        options.problems ?? 0,
      );
      // The preview's stylesheet is on the page: the phone is laid out.
      await expect(getComputedStyle(canvasElement.querySelector('.lj-phone')!).display).toBe('flex');
      await expectPanelJson(canvasElement, id);
      await options.check?.(canvasElement);
    },
  };
}

/**
 * A story of rich menus: `design(args)` renders one `<RichMenu>` or a fragment of tabs, drawn at
 * the bottom of the phone next to the JSON and the validation result. Its test fails when no menu
 * is drawn or its problems are not the expected ones.
 *
 * @example
 * export const Grid = richMenuStory(() => <RichMenu size="half" name="Shop" chatBarText="Menu">…</RichMenu>);
 */
export function richMenuStory<A extends Args = Args>(design: (args: A) => LineNode, options: StoryOptions<A> = {}): StoryObj<A> {
  return {
    ...(options.args ? { args: options.args } : {}),
    ...(options.argTypes ? { argTypes: options.argTypes } : {}),
    render: (args, context) => showRichMenus(() => design(args), context),
    play: async ({ canvasElement, id }) => {
      await expect(canvasElement.querySelector('.lj-rm-menu:not([hidden]) .lj-rm-frame')).not.toBeNull();
      const problems = canvasElement.querySelectorAll('.lj-panel > .lj-issues > li').length;
      await expect(problems, `problems shown: ${canvasElement.querySelector('.lj-panel .lj-issues')?.textContent ?? 'none'}`).toBe(
        options.problems ?? 0,
      );
      await expect(getComputedStyle(canvasElement.querySelector('.lj-chat-bar')!).display).toBe('flex');
      await expectPanelJson(canvasElement, id);
      await options.check?.(canvasElement);
    },
  };
}

/**
 * The LINE JSON panel gets what the canvas shows: the last JSON the channel carried is this
 * story's, with as many problems as the canvas lists (manager.ts reads the same event).
 *
 * @example
 * play: async ({ canvasElement, id }) => expectPanelJson(canvasElement, id),
 */
export async function expectPanelJson(canvas: HTMLElement, storyId: string): Promise<void> {
  const [sent] = (addons.getChannel().last(JSON_PANEL_EVENT) ?? []) as [RenderedJson?];
  await expect(sent?.storyId).toBe(storyId);
  await expect(JSON.stringify(sent?.json, null, 2)).toBe(canvas.querySelector('.lj-json pre')?.textContent);
  await expect(sent?.issues.length).toBe(canvas.querySelectorAll('.lj-panel > .lj-issues > li').length);
}

/**
 * A story of a design component with its sample props as live controls: every leaf of `sample`
 * becomes an arg named by its path (`order.items.0.name`) with the control its value and name call
 * for (`controlsFor`), and each edit renders the component again with the edited props. A
 * component that returns a `<RichMenu>` (or tabs) is drawn as rich menus.
 *
 * @example
 * export const Receipt = designStory(ReceiptCard, { order: { shop: 'Brown Café', items: [{ name: 'Latte', price: 520 }] } });
 */
export function designStory<P>(component: Component<P>, sample: P): StoryObj<FlatArgs> {
  const args = flatten(sample);
  return {
    args,
    argTypes: controlsFor(args),
    render: (edited, context) => showDesign(() => createElement(component, unflatten(sample, edited)), context),
  };
}
