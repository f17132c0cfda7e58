/**
 * The chat next to what it was drawn from: the validation result and the JSON with a copy button.
 * Storybook stories and `renderPage` show this.
 */

import type { ValidationIssue } from '@linejsx/schema';
import { type ChatOptions, chatFrame } from './chat.ts';
import { html, type SafeHtml } from './html.ts';
import { checkMessages, IssueIndex, issueList } from './issues.ts';
import { checkRichMenus, type RichMenuView } from './rich-menu.ts';

// Inline so that the button works wherever the HTML lands (a saved page, a story, the emulator).
const COPY_SCRIPT =
  "var b=this;navigator.clipboard.writeText(b.parentNode.querySelector('pre').textContent).then(function(){b.textContent='Copied'},function(){b.textContent='Copy failed'});setTimeout(function(){b.textContent='Copy JSON'},1500)";

/** The panel beside the phone: valid or every problem, then the JSON with a copy button. */
function panel(issues: readonly ValidationIssue[], what: string, json: unknown): SafeHtml {
  const count = issues.length;
  const status =
    count === 0
      ? html`<div class="lj-status lj-status-valid" data-valid="true">✓ Valid: LINE accepts ${what}</div>`
      : html`<div class="lj-status lj-status-invalid" data-valid="false">✗ ${count === 1 ? '1 problem' : `${count} problems`}: LINE would reject ${what}</div>`;
  const code = html`<div class="lj-json"><button type="button" class="lj-copy" onclick="${COPY_SCRIPT}">Copy JSON</button><pre>${JSON.stringify(json, null, 2) ?? 'undefined'}</pre></div>`;
  return html`<div class="lj-panel">${status}${issueList(issues)}${code}</div>`;
}

/**
 * The chat frame, and beside it whether the messages are valid (or every problem, with JSON path,
 * component path and TSX line when known) and the JSON with a "Copy JSON" button.
 *
 * @example
 * container.innerHTML = renderWorkbenchHtml(renderedMessages, { theme: 'light' });
 */
export function renderWorkbenchHtml(messages: unknown, options: ChatOptions = {}): string {
  return workbench(messages, options).value;
}

/** `renderWorkbenchHtml`, as HTML to write into a page. */
export function workbench(messages: unknown, options: ChatOptions): SafeHtml {
  const { messages: list, index } = checkMessages(messages, options.issues);
  return html`<div class="lj-workbench">${chatFrame(list, index, options)}${panel(index.issues, 'these messages', messages)}</div>`;
}

/**
 * Rich menus in the workbench: the phone with the menus at the bottom (tabs switch, the chat bar
 * opens and closes them), beside it whether LINE accepts them (or every problem) and their JSON.
 * `options.richMenuIssues` replaces validation, as `issues` does for messages.
 *
 * @example
 * const { menus, issues } = tryRenderRichMenus(<ShopTabs />);
 * container.innerHTML = renderRichMenuWorkbenchHtml(menus, { richMenuIssues: issues });
 */
export function renderRichMenuWorkbenchHtml(menus: readonly RichMenuView[], options: Omit<ChatOptions, 'richMenus'> = {}): string {
  return richMenuWorkbench(menus, options).value;
}

/** `renderRichMenuWorkbenchHtml`, as HTML to write into a page. */
export function richMenuWorkbench(menus: readonly RichMenuView[], options: Omit<ChatOptions, 'richMenus'>): SafeHtml {
  const index = checkRichMenus(menus, options.richMenuIssues);
  const frame = chatFrame([], new IssueIndex([]), { ...options, richMenus: menus, richMenuIssues: index.issues });
  const json = menus.length === 1 ? menus[0]!.menu : menus.map((m) => ({ alias: m.alias, menu: m.menu }));
  return html`<div class="lj-workbench">${frame}${panel(index.issues, menus.length === 1 ? 'this rich menu' : 'these rich menus', json)}</div>`;
}
