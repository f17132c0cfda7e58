/**
 * The chat next to what it was drawn from: the validation result and the JSON with a copy button.
 * Storybook stories and `renderPage` show this.
 */
import { escapeHtml } from './html.ts';
import { chatFrame, type ChatOptions } from './chat.ts';
import { checkMessages, issueList } from './issues.ts';

// Inline so that the button works wherever the HTML lands (a saved page, a story, the emulator).
const COPY_SCRIPT =
  "var b=this;navigator.clipboard.writeText(b.parentNode.querySelector('pre').textContent).then(function(){b.textContent='Copied'},function(){b.textContent='Copy failed'});setTimeout(function(){b.textContent='Copy JSON'},1500)";

/**
 * The chat frame, and beside it whether the messages are valid (or every problem, with JSON path,
 * component path and TSX line when known) and the JSON with a "Copy JSON" button.
 *
 * @example
 * container.innerHTML = renderWorkbenchHtml(renderedMessages, { theme: 'light' });
 */
export function renderWorkbenchHtml(messages: unknown, options: ChatOptions = {}): string {
  const { messages: list, index } = checkMessages(messages, options.issues);
  const count = index.issues.length;
  const status =
    count === 0
      ? '<div class="lj-status lj-status-valid" data-valid="true">✓ Valid: LINE accepts these messages</div>'
      : `<div class="lj-status lj-status-invalid" data-valid="false">✗ ${count === 1 ? '1 problem' : `${count} problems`}: LINE would reject these messages</div>`;
  const json = `<div class="lj-json"><button type="button" class="lj-copy" onclick="${escapeHtml(COPY_SCRIPT)}">Copy JSON</button><pre>${escapeHtml(JSON.stringify(messages, null, 2) ?? 'undefined')}</pre></div>`;
  return `<div class="lj-workbench">${chatFrame(list, index, options)}<div class="lj-panel">${status}${issueList(index.issues)}${json}</div></div>`;
}
