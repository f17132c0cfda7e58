/**
 * Quick reply chips (`R#items-object`): shown at the bottom of the chat for the last message only,
 * each with its icon at the start; camera, camera roll and location actions get LINE's default
 * icon when they have none (`R#quick-reply-button-object`).
 */
import { actionLabel, describeAction } from './action.ts';
import { attrs, html, imageUrl, NOTHING, type SafeHtml } from './html.ts';
import { ICONS } from './icons.ts';
import { arr, obj } from './input.ts';
import type { IssueIndex } from './issues.ts';

const DEFAULT_ICONS: Readonly<Record<string, SafeHtml>> = { camera: ICONS.camera, cameraRoll: ICONS.picture, location: ICONS.location };

/** The chips of `quickReply` at `path`, or nothing when it has no items. */
export function quickReplyBar(quickReply: unknown, path: string, issues: IssueIndex): SafeHtml {
  const items = arr(obj(quickReply)?.items);
  if (items.length === 0) return NOTHING;
  const chips = items.map((value, i) => {
    const item = obj(value) ?? {};
    const action = obj(item.action);
    const at = `${path}.items[${i}]`;
    const mark = issues.mark(at);
    const src = imageUrl(item.imageUrl);
    const icon = src
      ? html`<img src="${src}" alt="" onerror="this.classList.add('lj-missing')">`
      : typeof action?.type === 'string' && Object.hasOwn(DEFAULT_ICONS, action.type)
        ? DEFAULT_ICONS[action.type]!
        : undefined;
    const title = [mark.title, describeAction(action)].filter(Boolean).join('\n');
    return html`<div${attrs({ class: `lj-chip${mark.className}`, 'data-path': at, title })}>${icon}<span>${actionLabel(action)}</span></div>`;
  });
  return html`<div class="lj-quick-reply" data-path="${path}">${chips}</div>`;
}
