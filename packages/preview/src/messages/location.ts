/**
 * A location message (`R#location-message`): LINE's card of a map with a pin, the title and the
 * address. The map is drawn, not fetched: a preview needs no map service.
 */
import { html } from '../html.ts';
import { type JsonObject, num, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';

export function renderLocation(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const lat = num(message.latitude);
  const lng = num(message.longitude);
  const where = lat !== undefined && lng !== undefined ? `${lat.toFixed(5)}, ${lng.toFixed(5)}` : '';
  const inner = html`<div class="lj-location"><div class="lj-map" title="${where}"><span class="lj-pin" aria-hidden="true"></span></div><div class="lj-location-text"><div class="lj-location-title">${str(message.title) ?? ''}</div><div class="lj-location-address">${str(message.address) ?? ''}</div></div></div>`;
  return messageBox('location', path, issues, inner);
}
