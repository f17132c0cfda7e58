/**
 * The "LINE JSON" panel: the JSON the current story renders, a copy button and the validation
 * result (valid, or each problem with its JSON path and the component and TSX line it came from).
 * Stories send it over the channel as they render (show.ts, json-panel.ts). Drawn with the
 * manager's own React and components (Storybook's manager provides `react` as a global, so the
 * package does not depend on it); @types/react is only for type-checking.
 */
import { createElement as h, type ReactElement, useState } from 'react';
import { AddonPanel, Placeholder, SyntaxHighlighter } from 'storybook/internal/components';
import { addons, types, useChannel, useStorybookState } from 'storybook/manager-api';
import { JSON_PANEL_ADDON, JSON_PANEL_EVENT, JSON_PANEL_ID, type PanelIssue, type RenderedJson } from './json-panel.ts';

const OK = '#1f883d';
const BAD = '#cf222e';

function status(issues: readonly PanelIssue[]): ReactElement {
  const count = issues.length;
  const text = count === 0 ? '✓ Valid: LINE accepts it' : `✗ ${count === 1 ? '1 problem' : `${count} problems`}: LINE would reject it`;
  return h('div', { 'data-valid': String(count === 0), style: { fontWeight: 600, color: count === 0 ? OK : BAD, marginBottom: 8 } }, text);
}

function issueList(issues: readonly PanelIssue[]): ReactElement | null {
  if (issues.length === 0) return null;
  return h(
    'ul',
    { style: { margin: '0 0 12px', paddingLeft: 20 } },
    issues.map((issue, i) =>
      h(
        'li',
        { key: i, style: { marginBottom: 4 } },
        h('code', { style: { color: BAD } }, issue.path || '(root)'),
        ' ',
        issue.message,
        issue.where ? h('div', { style: { opacity: 0.7, fontSize: 12 } }, issue.where) : null,
      ),
    ),
  );
}

function LineJsonPanel(): ReactElement {
  const { storyId } = useStorybookState();
  // The channel keeps the last event: a panel opened after the story rendered still shows it.
  const [rendered, setRendered] = useState<RenderedJson | undefined>(
    () => addons.getChannel().last(JSON_PANEL_EVENT)?.[0] as RenderedJson | undefined,
  );
  useChannel({ [JSON_PANEL_EVENT]: (payload: RenderedJson) => setRendered(payload) });
  if (rendered?.storyId !== storyId)
    return h(Placeholder, null, 'This story sends no LINE JSON (the overview shows many designs: open one).');
  return h(
    'div',
    { style: { padding: 12 } },
    status(rendered.issues),
    issueList(rendered.issues),
    h(
      SyntaxHighlighter,
      { language: 'json', copyable: true, bordered: true, padded: true },
      JSON.stringify(rendered.json, null, 2) ?? 'undefined',
    ),
  );
}

addons.register(JSON_PANEL_ADDON, () => {
  addons.add(JSON_PANEL_ID, {
    type: types.PANEL,
    title: 'LINE JSON',
    render: ({ active }) => h(AddonPanel, { active: active ?? false, children: h(LineJsonPanel) }),
  });
});
