/**
 * The decorator the addon puts on every story: a story whose value is a TSX design or LINE JSON is
 * drawn in the chat frame, next to its validation result and its JSON; any other value (HTML, a
 * DOM node) is left to Storybook's HTML renderer.
 */
import { drawMessages, drawValue } from './draw.ts';
import { chatOptions, element } from './show.ts';
import type { Decorator } from './types.ts';

/**
 * Draws linejsx values in the chat frame (the addon's preview annotations add it to every story).
 *
 * @example
 * // a story of a design component: Storybook calls Welcome(args), the decorator draws the element
 * export default { component: Welcome, args: Welcome.sample } satisfies Meta<WelcomeProps>;
 * export const Default: StoryObj<WelcomeProps> = {};
 */
export const withLinePreview: Decorator = (storyFn, context) => {
  const options = chatOptions(context);
  let value: unknown;
  try {
    value = storyFn();
  } catch (error) {
    // A design component that throws on the story's args: a problem to show beside an empty chat.
    return element(
      drawMessages(() => {
        throw error;
      }, options),
      context,
    );
  }
  const drawn = drawValue(value, options);
  return drawn ? element(drawn, context) : (value as string | Node);
};
