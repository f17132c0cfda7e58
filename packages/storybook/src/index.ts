/**
 * @linejsx/storybook: linejsx designs in your Storybook. Add `'@linejsx/storybook'` to `addons` in
 * `.storybook/main.ts` (on `@storybook/html-vite`); a story whose value is a TSX design or LINE JSON
 * is then drawn in the LINE chat frame, with its validation result and a "LINE JSON" panel.
 *
 * @example
 * import type { Meta, StoryObj } from '@linejsx/storybook';
 * import { Welcome } from './Welcome.tsx';
 *
 * export default { title: 'Messages/Welcome', component: Welcome, args: Welcome.sample } satisfies Meta<typeof Welcome.sample>;
 * export const Default: StoryObj<typeof Welcome.sample> = {};
 */
export { ASPECT_RATIOS, controlsFor, type FlatArgs, flatten, type Leaf, unflatten } from './args.ts';
export { withLinePreview } from './decorator.ts';
export { type Drawn, drawDesign, drawJson, drawMessages, drawRichMenus, drawValue, type LineValueKind, lineValueKind } from './draw.ts';
export { JSON_PANEL_EVENT, type PanelIssue, type RenderedJson } from './json-panel.ts';
export { type ShowContext, type ShowGlobals, show, showDesign, showRichMenus } from './show.ts';
export { type Args, designStory, expectPanelJson, richMenuStory, type StoryOptions, story } from './story.ts';
export type { Decorator, LineParameters, LineRenderer, LineStoryResult, Meta, StoryObj } from './types.ts';
