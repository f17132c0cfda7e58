/**
 * The card every template is drawn as: optional image (`rectangle` 1.51:1 or `square`, `cover` or
 * `contain` over `imageBackgroundColor`), optional title, the text, and one row per action.
 */
import { actionLabel, describeAction } from '../action.ts';
import { attrs, html, imageUrl, img, multiline, type SafeHtml, style } from '../html.ts';
import { arr, color, type JsonObject, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { TEMPLATE_IMAGE_BACKGROUND, TEMPLATE_RATIO } from '../values.ts';

export interface CardLook {
  readonly imageAspectRatio: unknown;
  readonly imageSize: unknown;
}

/** The action buttons of a card (`path` is the JSON path of the actions array). */
export function actionRows(actions: unknown, path: string, issues: IssueIndex, className = 'lj-card-actions'): SafeHtml {
  const rows = arr(actions).map((action, i) => {
    const at = `${path}[${i}]`;
    const mark = issues.mark(at);
    const title = [mark.title, describeAction(action)].filter(Boolean).join('\n');
    return html`<div${attrs({ class: `lj-card-action${mark.className}`, 'data-path': at, title })}><span>${actionLabel(action)}</span></div>`;
  });
  return html`<div class="${className}">${rows}</div>`;
}

/** A buttons template or a carousel column at `path`. */
export function templateCard(card: JsonObject, path: string, issues: IssueIndex, look: CardLook): SafeHtml {
  const thumbnail = str(card.thumbnailImageUrl);
  let image: SafeHtml | undefined;
  if (thumbnail !== undefined) {
    const src = imageUrl(thumbnail);
    const ratio = look.imageAspectRatio === 'square' ? TEMPLATE_RATIO.square! : TEMPLATE_RATIO.rectangle!;
    const declarations = { 'background-color': color(card.imageBackgroundColor) ?? TEMPLATE_IMAGE_BACKGROUND };
    const pad = style({ 'padding-bottom': `${+(ratio * 100).toFixed(4)}%` });
    image = html`<div class="lj-card-image${look.imageSize === 'contain' ? '' : ' lj-cover'}${src ? '' : ' lj-missing'}"${style(declarations)}><div class="lj-ratio"${pad}></div>${img(src, 'lj-picture')}</div>`;
  }
  const titleText = str(card.title);
  const title = titleText !== undefined ? html`<div class="lj-card-title">${titleText}</div>` : undefined;
  const text = html`<div class="lj-card-text${title ? '' : ' lj-card-text-only'}">${multiline(str(card.text) ?? '')}</div>`;
  const mark = issues.mark(path);
  const action = describeAction(card.defaultAction);
  const head = html`<div${attrs({ class: `lj-card-main${action ? ' lj-tappable' : ''}`, title: action })}>${image}<div class="lj-card-body">${title}${text}</div></div>`;
  return html`<div${attrs({ class: `lj-card${mark.className}`, 'data-path': path, title: mark.title })}>${head}${actionRows(card.actions, `${path}.actions`, issues)}</div>`;
}
