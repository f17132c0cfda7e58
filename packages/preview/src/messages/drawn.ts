/** What each message type draws, and the one wrapper every message is drawn in. */
import { attrs, type HtmlValue, html, type SafeHtml } from '../html.ts';
import type { JsonObject } from '../input.ts';
import type { IssueIndex } from '../issues.ts';

export interface Drawn {
  readonly html: SafeHtml;
  /** Carousels run to the edge of the screen and scroll; other messages sit beside their time. */
  readonly wide: boolean;
}

/** Draws one message object found at `path` (`messages[2]`). */
export type MessageRenderer = (message: JsonObject, path: string, issues: IssueIndex) => Drawn;

/** `<div class="lj-msg lj-msg-{kind}" data-path="…">`, outlined when the message itself has problems. */
export function messageBox(kind: string, path: string, issues: IssueIndex, inner: HtmlValue, wide = false): Drawn {
  const mark = issues.mark(path);
  return {
    html: html`<div${attrs({ class: `lj-msg lj-msg-${kind}${mark.className}`, 'data-path': path, title: mark.title })}>${inner}</div>`,
    wide,
  };
}
