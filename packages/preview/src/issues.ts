/**
 * Validation results in the picture: which rendered element each problem belongs to (outlined in
 * red), and the list of problems with their JSON paths and component paths.
 */
import { formatSource, type ValidationIssue, validateMessages } from '@linejsx/schema';
import { html, NOTHING, type SafeHtml } from './html.ts';

// Properties that hold child elements: an issue under them belongs to the child, not to this element.
const CHILD_KEYS = /^(?:contents|header|hero|body|footer|altContent|template|quickReply|sender|video)\b/;

const NO_MARK = { className: '', title: undefined } as const;

/** The problems of one rendering, looked up by the JSON path of the element being drawn. */
export class IssueIndex {
  constructor(readonly issues: readonly ValidationIssue[]) {}

  /** Problems of the element at `path`: at the path itself, a property of it, or its action. */
  at(path: string): ValidationIssue[] {
    return this.issues.filter((issue) => {
      if (issue.path === path) return true;
      if (!issue.path.startsWith(`${path}.`)) return false;
      const rest = issue.path.slice(path.length + 1);
      return !rest.includes('[') && !CHILD_KEYS.test(rest);
    });
  }

  /** Every problem at or below `path` (a message's, for the list under it). */
  under(path: string): ValidationIssue[] {
    return this.issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));
  }

  /** Problems that belong to no message (such as too many messages). */
  outside(messageCount: number): ValidationIssue[] {
    return this.issues.filter((issue) => {
      const index = /^messages\[(\d+)\]/.exec(issue.path)?.[1];
      return index === undefined || Number(index) >= messageCount;
    });
  }

  /** ` lj-invalid` plus a tooltip when the element at `path` has problems, else nothing. */
  mark(path: string): { className: string; title: string | undefined } {
    const own = this.issues.length === 0 ? this.issues : this.at(path);
    if (own.length === 0) return NO_MARK;
    return { className: ' lj-invalid', title: own.map((issue) => issue.message).join('\n') };
  }
}

/**
 * The messages to draw and their problems. A single message object is treated as a list of one, so
 * that paths always start with `messages[i]`; `given` replaces validation (problems from
 * `@linejsx/jsx`, which carry component paths).
 */
export function checkMessages(input: unknown, given?: readonly ValidationIssue[]): { messages: readonly unknown[]; index: IssueIndex } {
  const messages = Array.isArray(input) ? input : [input];
  if (given) return { messages, index: new IssueIndex(given) };
  const result = validateMessages(messages);
  return { messages, index: new IssueIndex(result.issues) };
}

/** One problem as a list item: JSON path, the rule, and the component and TSX source when known. */
function issueItem(issue: ValidationIssue): SafeHtml {
  const { component } = issue;
  const where = component
    ? html`<span class="lj-issue-component">${component.path}${component.source ? ` · ${formatSource(component.source)}` : ''}</span>`
    : undefined;
  return html`<li><code class="lj-issue-path">${issue.path || '(root)'}</code> <span class="lj-issue-message">${issue.message}</span>${where}</li>`;
}

/** A list of problems, or nothing when there are none. */
export function issueList(issues: readonly ValidationIssue[], className = 'lj-issues'): SafeHtml {
  if (issues.length === 0) return NOTHING;
  return html`<ul class="${className}" role="alert">${issues.map(issueItem)}</ul>`;
}
