/**
 * A flex carousel (`R#f-carousel`): bubbles side by side in a horizontal scroller, each 80% of the
 * scroller's width up to its size's width, bodies stretched to the tallest bubble.
 */
import { attrs, html, type SafeHtml } from '../html.ts';
import { arr, obj } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { bubbleSize, renderBubble } from './bubble.ts';

export function renderCarousel(value: unknown, path: string, issues: IssueIndex): SafeHtml {
  const bubbles = arr(obj(value)?.contents);
  const size = bubbleSize(bubbles[0]);
  const items = bubbles.map((bubble, i) => renderBubble(bubble, `${path}.contents[${i}]`, issues));
  const mark = issues.mark(path);
  return html`<div${attrs({ class: `lj-carousel lj-carousel-${size}${mark.className}`, 'data-path': path, title: mark.title })}>${items}<div class="lj-carousel-end"></div></div>`;
}
