/**
 * The snapshot serializer: a LINE message, a messages array, a rich menu, or an element that renders
 * to one, printed as an outline (what changed, at a glance) followed by the exact JSON.
 */
import { isElement } from '@linejsx/jsx';
import { formatIssues } from '@linejsx/schema';
import type { SnapshotSerializer } from 'vitest';
import { outline } from './outline.ts';
import { jsonKindOf, kindOf, type RenderKind, renderAs, validateAs } from './render-any.ts';

/**
 * The snapshot text of LINE JSON: its outline, its problems if LINE's rules refuse it, and the JSON.
 *
 * @example
 * printLine({ type: 'text', text: 'Hello' });
 * // text "Hello"
 * //
 * // {
 * //   "type": "text",
 * //   "text": "Hello"
 * // }
 */
export function printLine(json: unknown, kind: RenderKind = jsonKindOf(json) ?? 'message'): string {
  const result = validateAs(json, kind);
  const problems = result.ok
    ? []
    : ['', `✗ ${result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`}`, formatIssues(result.issues)];
  return [...outline(json), ...problems, '', JSON.stringify(json, null, 2)].join('\n');
}

/**
 * Prints LINE messages, messages arrays and rich menus in snapshots as an outline and their JSON.
 * An element is rendered first (`renderMessages()` for a fragment, `renderRichMenu()` for a
 * `<RichMenu>`); if it does not render, the test fails with the problems.
 *
 * @example
 * // vitest.config.ts: test: { setupFiles: ['@linejsx/testing/setup'] }, or in one test file:
 * expect.addSnapshotSerializer(lineSerializer);
 * expect(<Receipt order={sample} />).toMatchSnapshot();
 */
export const lineSerializer: SnapshotSerializer = {
  test: (value: unknown) => isElement(value) || jsonKindOf(value) !== undefined,
  serialize(value: unknown, config, indentation) {
    let text: string;
    if (isElement(value)) {
      const kind = kindOf(value);
      text = printLine(renderAs(value, kind), kind);
    } else text = printLine(value);
    if (!indentation) return text;
    // Nested in another value: the lines after the first go one level deeper than its key.
    const inner = indentation + config.indent;
    return text
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : inner + line))
      .join('\n');
  },
};
