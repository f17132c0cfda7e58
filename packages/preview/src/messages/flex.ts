/** A flex message (`R#flex-message`): one bubble, or a carousel of bubbles. */

import { renderBubble } from '../flex/bubble.ts';
import { renderCarousel } from '../flex/carousel.ts';
import { html, type SafeHtml } from '../html.ts';
import { type JsonObject, obj } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';

/** The container at `path`: a carousel scrolls sideways, a bubble stands alone. */
export function renderContainer(container: unknown, path: string, issues: IssueIndex): { html: SafeHtml; wide: boolean } {
  if (obj(container)?.type === 'carousel') return { html: renderCarousel(container, path, issues), wide: true };
  return { html: html`<div class="lj-flex-single">${renderBubble(container, path, issues)}</div>`, wide: false };
}

export function renderFlexMessage(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const { html, wide } = renderContainer(message.contents, `${path}.contents`, issues);
  return messageBox('flex', path, issues, html, wide);
}

/**
 * A bubble or carousel sent as a message without its flex wrapper: LINE rejects it, and the
 * validator says so, but the author wants to see the design, so it is drawn as it would be.
 */
export function renderBareContainer(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const { html, wide } = renderContainer(message, path, issues);
  return messageBox('flex', path, issues, html, wide);
}
