/**
 * An imagemap (`R#imagemap-message`): the image LINE loads from `baseUrl/1040`, scaled to the
 * message width, with each area (given in the 1040-wide base size) outlined on hover, and the
 * video, if any, over its area.
 */
import { describeAction } from '../action.ts';
import { attrs, html, imageUrl, img, type SafeHtml, style } from '../html.ts';
import { PLAY } from '../icons.ts';
import { arr, type JsonObject, num, obj, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { IMAGEMAP_BASE_WIDTH } from '../values.ts';
import { type Drawn, messageBox } from './drawn.ts';

const percent = (n: number) => `${+n.toFixed(4)}%`;

/** Where an area sits, in percent of the image, which keeps it right at any drawn width. */
function areaBox(value: unknown, width: number, height: number): Record<string, string> | undefined {
  const area = obj(value);
  const [x, y, w, h] = [num(area?.x), num(area?.y), num(area?.width), num(area?.height)];
  if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
  return {
    left: percent((x / width) * 100),
    top: percent((y / height) * 100),
    width: percent((w / width) * 100),
    height: percent((h / height) * 100),
  };
}

/** The link LINE shows over the video's area once it has played: its label, across the bottom. */
function externalLink(value: unknown, path: string, issues: IssueIndex): SafeHtml | undefined {
  const link = obj(value);
  if (!link) return undefined;
  const mark = issues.mark(path);
  const title = [mark.title, describeAction({ type: 'uri', uri: link.linkUri })].filter(Boolean).join('\n');
  return html`<a${attrs({ class: `lj-imagemap-link${mark.className}`, 'data-path': path, title })}><span>${str(link.label) ?? ''}</span></a>`;
}

export function renderImagemap(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const base = obj(message.baseSize);
  // LINE requires 1040; an invalid width still scales the areas by what the author meant.
  const width = num(base?.width) ?? IMAGEMAP_BASE_WIDTH;
  const height = num(base?.height) ?? width;
  const baseUrl = str(message.baseUrl);
  const src = imageUrl(baseUrl ? `${baseUrl}/${IMAGEMAP_BASE_WIDTH}` : undefined);
  const areas = arr(message.actions).map((value, i) => {
    const action = obj(value) ?? {};
    const box = areaBox(action.area, width, height);
    if (!box) return undefined;
    const actionPath = `${path}.actions[${i}]`;
    const mark = issues.mark(actionPath);
    const title = [mark.title, str(action.label), describeAction(action)].filter(Boolean).join('\n');
    return html`<a${attrs({ class: `lj-area${mark.className}`, 'data-path': actionPath, title })}${style(box)}></a>`;
  });
  const video = obj(message.video);
  const videoBox = video ? areaBox(video.area, width, height) : undefined;
  const videoHtml = videoBox
    ? html`<div class="lj-imagemap-video" data-path="${path}.video"${style(videoBox)}>${img(imageUrl(video?.previewImageUrl), 'lj-picture')}${PLAY}${externalLink(video?.externalLink, `${path}.video.externalLink`, issues)}</div>`
    : undefined;
  const ratio = style({ 'padding-bottom': percent((height / width) * 100) });
  const inner = html`<div class="lj-imagemap${src ? '' : ' lj-missing'}"><div class="lj-ratio"${ratio}></div>${img(src, 'lj-picture')}${videoHtml}${areas}</div>`;
  return messageBox('imagemap', path, issues, inner);
}
