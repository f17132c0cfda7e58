/**
 * Storybook's CSF types for linejsx stories. Storybook's HTML renderer types a story's value as a
 * string of HTML or a DOM node; with this addon it may also be a TSX design or LINE JSON, and a
 * meta's `component` may be a design component (called with the story's args).
 */
import type { ImageSrc } from '@linejsx/preview';
import type { Args, ArgsStoryFn, ComponentAnnotations, DecoratorFunction, StoryAnnotations, WebRenderer } from 'storybook/internal/types';

/** What a story may return: HTML or a DOM node (as in `@storybook/html`), a TSX design or LINE JSON. */
export type LineStoryResult = string | Node | object | readonly unknown[];

/** `@storybook/html-vite`'s renderer, with linejsx values as story results. */
export interface LineRenderer extends WebRenderer {
  component: string | HTMLElement | ArgsStoryFn<LineRenderer> | ((props: never) => unknown);
  storyResult: LineStoryResult;
}

/**
 * The default export of a stories file.
 *
 * @example
 * export default { title: 'Messages/Welcome', component: Welcome, args: Welcome.sample } satisfies Meta<WelcomeProps>;
 */
export type Meta<TArgs = Args> = ComponentAnnotations<LineRenderer, TArgs>;

/**
 * A story: its args, or a `render` that returns a TSX design or LINE JSON.
 *
 * @example
 * export const LongName: StoryObj<WelcomeProps> = { args: { name: 'Sally the Brown Café regular' } };
 */
export type StoryObj<TArgs = Args> = StoryAnnotations<LineRenderer, TArgs>;

/** A decorator of linejsx stories. */
export type Decorator<TArgs = Args> = DecoratorFunction<LineRenderer, TArgs>;

/**
 * `parameters.linejsx`, set in `.storybook/preview.ts` (every story) or on a story.
 *
 * @example
 * export default { parameters: { linejsx: { botName: 'Brown Café' } } } satisfies Preview;
 */
export interface LineParameters {
  /** The account's name above the messages (default "LINE Official Account"). */
  readonly botName?: string;
  /**
   * Where the browser loads each image of the JSON from: the URL itself by default. Map
   * placeholder URLs to pictures your Storybook serves (`staticDirs`); the JSON keeps its URLs.
   */
  readonly imageSrc?: ImageSrc;
}
