/**
 * A bubble (`R#bubble`): header, hero, body and footer in that order, LINE's width and corner
 * radius for its size, the default paddings of each block's root box, block colours and separators.
 */
import { describeAction } from '../action.ts';
import { attrs, html, type SafeHtml, style } from '../html.ts';
import { color, obj, oneOf } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type BlockPadding, BUBBLES, type BubbleSize, FOOTER_PADDING, SEPARATOR_COLOR } from '../values.ts';
import { renderComponent } from './component.ts';
import type { FlexContext } from './context.ts';

const SIZES = Object.keys(BUBBLES) as BubbleSize[];
const BLOCKS = ['header', 'hero', 'body', 'footer'] as const;
type Block = (typeof BLOCKS)[number];

/** The size a bubble is drawn at: its own, or mega (LINE's default) when missing or unknown. */
export function bubbleSize(value: unknown): BubbleSize {
  return oneOf(obj(value)?.size, SIZES) ?? 'mega';
}

function blockPadding(block: Block, size: BubbleSize, hasFooter: boolean): BlockPadding | undefined {
  if (block === 'hero') return undefined;
  if (block === 'footer') return { top: FOOTER_PADDING, inline: FOOTER_PADDING, bottom: FOOTER_PADDING };
  const metrics = BUBBLES[size];
  return block === 'body' && hasFooter ? { ...metrics.padding, bottom: metrics.bodyBottomWithFooter } : metrics.padding;
}

/** One bubble; `path` is its JSON path (`messages[0].contents`). */
export function renderBubble(value: unknown, path: string, issues: IssueIndex): SafeHtml {
  const bubble = obj(value) ?? {};
  const size = bubbleSize(bubble);
  const metrics = BUBBLES[size];
  const styles = obj(bubble.styles);
  const present = BLOCKS.filter((block) => obj(bubble[block]) !== undefined);
  const blocks = present.map((block, i) => {
    const blockStyle = obj(styles?.[block]);
    // A block separator is drawn above its block, never above the first one (`R#block-style`).
    const separator = i > 0 && blockStyle?.separator === true;
    const ctx: FlexContext = {
      path: `${path}.${block}`,
      issues,
      layout: 'vertical',
      first: true,
      root: true,
      spacing: undefined,
      blockPadding: blockPadding(block, size, present.includes('footer')),
      depth: 0,
    };
    const declarations = {
      'background-color': color(blockStyle?.backgroundColor),
      '--lj-separator': separator ? (color(blockStyle?.separatorColor) ?? SEPARATOR_COLOR) : undefined,
    };
    return html`<div class="lj-block lj-${block}${separator ? ' lj-block-separator' : ''}"${style(declarations)}>${renderComponent(bubble[block], ctx)}</div>`;
  });
  const mark = issues.mark(path);
  const action = describeAction(bubble.action);
  const className = `lj-bubble lj-size-${size}${present.includes('body') ? '' : ' lj-no-body'}${action ? ' lj-tappable' : ''}${mark.className}`;
  const title = [mark.title, action].filter(Boolean).join('\n') || undefined;
  const dir = bubble.direction === 'rtl' ? 'rtl' : 'ltr';
  return html`<div${attrs({ class: className, 'data-path': path, dir, title })}${style({ '--lj-bubble-width': `${metrics.width}px`, 'border-radius': `${metrics.radius}px` })}>${blocks}</div>`;
}
