/** The outer element of every flex component: its class, JSON path, problem outline and tooltip. */
import { describeAction } from '../action.ts';
import { attrs, style } from '../html.ts';
import type { JsonObject } from '../input.ts';
import type { FlexContext } from './context.ts';

export interface ElementOptions {
  readonly tag?: 'div' | 'span';
  /** More class names after `lj-{kind}`. */
  readonly className?: string;
}

/**
 * `<div class="lj-{kind}" data-path="…" style="…">inner</div>`, outlined with the problems of the
 * element when it has any, and titled with what its action does when it has one.
 */
export function flexElement(kind: string, node: JsonObject, ctx: FlexContext, declarations: Record<string, string | undefined>, inner: string, options: ElementOptions = {}): string {
  const tag = options.tag ?? 'div';
  const mark = ctx.issues.mark(ctx.path);
  const action = describeAction(node.action);
  const title = [mark.title, action].filter(Boolean).join('\n') || undefined;
  const className = [...new Set(`lj-${kind} ${options.className ?? ''}${action ? ' lj-tappable' : ''}${mark.className}`.split(' ').filter(Boolean))].join(' ');
  return `<${tag}${attrs({ class: className, 'data-path': ctx.path, title })}${style(declarations)}>${inner}</${tag}>`;
}
