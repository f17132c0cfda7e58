/**
 * Template messages (`R#template-messages`): buttons and confirm cards, the carousel of cards and
 * the image carousel, each as the LINE chat draws it.
 */

import { actionLabel, describeAction } from '../action.ts';
import { attrs, html, imageUrl, img, multiline, type SafeHtml } from '../html.ts';
import { arr, type JsonObject, obj, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';
import { actionRows, templateCard } from './template-card.ts';

function confirm(template: JsonObject, path: string, issues: IssueIndex): SafeHtml {
  const mark = issues.mark(path);
  const body = html`<div class="lj-card-body lj-confirm-text">${multiline(str(template.text) ?? '')}</div>`;
  return html`<div${attrs({ class: `lj-card lj-confirm${mark.className}`, 'data-path': path, title: mark.title })}>${body}${actionRows(template.actions, `${path}.actions`, issues, 'lj-card-actions lj-confirm-actions')}</div>`;
}

function carousel(template: JsonObject, path: string, issues: IssueIndex): SafeHtml {
  const look = { imageAspectRatio: template.imageAspectRatio, imageSize: template.imageSize };
  const columns = arr(template.columns).map((column, i) => templateCard(obj(column) ?? {}, `${path}.columns[${i}]`, issues, look));
  return html`<div class="lj-carousel lj-template-carousel">${columns}<div class="lj-carousel-end"></div></div>`;
}

function imageCarousel(template: JsonObject, path: string, issues: IssueIndex): SafeHtml {
  const columns = arr(template.columns).map((value, i) => {
    const column = obj(value) ?? {};
    const at = `${path}.columns[${i}]`;
    const src = imageUrl(column.imageUrl);
    const label = actionLabel(column.action);
    const mark = issues.mark(at);
    const title = [mark.title, describeAction(column.action)].filter(Boolean).join('\n');
    const pill = label ? html`<span class="lj-image-column-label">${label}</span>` : undefined;
    return html`<div${attrs({ class: `lj-image-column${src ? '' : ' lj-missing'}${mark.className}`, 'data-path': at, title })}>${img(src, 'lj-picture')}${pill}</div>`;
  });
  return html`<div class="lj-carousel lj-image-carousel">${columns}<div class="lj-carousel-end"></div></div>`;
}

export function renderTemplate(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const template = obj(message.template) ?? {};
  const at = `${path}.template`;
  switch (template.type) {
    case 'buttons':
      return messageBox(
        'buttons',
        path,
        issues,
        templateCard(template, at, issues, { imageAspectRatio: template.imageAspectRatio, imageSize: template.imageSize }),
      );
    case 'confirm':
      return messageBox('confirm', path, issues, confirm(template, at, issues));
    case 'carousel':
      return messageBox('carousel', path, issues, carousel(template, at, issues), true);
    case 'image_carousel':
      return messageBox('image-carousel', path, issues, imageCarousel(template, at, issues), true);
    default:
      return messageBox(
        'template',
        path,
        issues,
        html`<div class="lj-text-bubble lj-invalid">template ${str(template.type) ?? '(no type)'}</div>`,
      );
  }
}
