/**
 * @linejsx/testing: vitest helpers for linejsx designs. Add `'@linejsx/testing/setup'` to
 * `setupFiles`, then:
 *
 * @example
 * expect(<Receipt order={sample} />).toRenderValidMessage();
 * expect(<ThirteenBubbles />).toFailWith(/at most 12 bubbles/);
 * expect(<Receipt order={sample} />).toMatchSnapshot(); // an outline of the message, then its JSON
 */
export { type IssuePattern, type LineMatchers, lineMatchers } from './matchers.ts';
export { outline } from './outline.ts';
export { kindOf, type RenderKind, renderAs } from './render-any.ts';
export { lineSerializer, printLine } from './serializer.ts';
