/**
 * How every story shows a design: rendered with `tryRenderMessages` (so that problems are shown,
 * not thrown), drawn by `@linejsx/preview` next to its JSON and validation result.
 */
import { tryRenderMessages, type LineNode, type ValidationIssue } from '@linejsx/jsx';
import { renderWorkbenchHtml } from '@linejsx/preview';

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
    issues = [{ path: '', message: `the component threw: ${error instanceof Error ? error.message : String(error)}`, code: 'invalid_value' }];
  }
  root.innerHTML = renderWorkbenchHtml(messages, {
    issues,
    theme: globals.theme === 'dark' ? 'dark' : 'light',
    width: Number(globals.phone) || undefined,
    botName: 'Brown Café',
  });
  return root;
}
