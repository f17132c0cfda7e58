/** The outer element of every flex component: its class, JSON path, problem outline and tooltip. */
import { describeAction } from '../action.ts';
import { attrs, type Declarations, type HtmlValue, html, type SafeHtml, style } from '../html.ts';
import type { JsonObject } from '../input.ts';
import type { FlexContext } from './context.ts';

export interface ElementOptions {
  readonly tag?: 'div' | 'span';
  /** More class names after `lj-{kind}`. */
  readonly className?: string;
}

/** `list` with the space-separated `names` it does not have yet added. */
function withClasses(list: string, names: string | undefined): string {
  if (!names) return list;
  for (const name of names.split(' ')) if (name && !` ${list} `.includes(` ${name} `)) list += ` ${name}`;
  return list;
}

/**
 * `<div class="lj-{kind}" data-path="…" style="…">inner</div>`, outlined with the problems of the
 * element when it has any, and titled with what its action does when it has one.
 */
export function flexElement(
  kind: string,
  node: JsonObject,
  ctx: FlexContext,
  declarations: Declarations | readonly Declarations[],
  inner: HtmlValue,
  options: ElementOptions = {},
): SafeHtml {
  const tag = options.tag ?? 'div';
  const mark = ctx.issues.mark(ctx.path);
  const action = describeAction(node.action);
  const title = mark.title && action ? `${mark.title}\n${action}` : mark.title || action || undefined;
  const className = withClasses(withClasses(`lj-${kind}`, options.className), `${action ? 'lj-tappable' : ''}${mark.className}`);
  const css = Array.isArray(declarations) ? style(...(declarations as readonly Declarations[])) : style(declarations as Declarations);
  return html`<${tag}${attrs({ class: className, 'data-path': ctx.path, title })}${css}>${inner}</${tag}>`;
}
