/**
 * A coupon message (`R#coupon-message`). Its content lives on LINE's servers (made with the
 * coupon API), so the preview shows a coupon card with the coupon ID.
 */
import { html } from '../html.ts';
import { type JsonObject, str } from '../input.ts';
import type { IssueIndex } from '../issues.ts';
import { type Drawn, messageBox } from './drawn.ts';

export function renderCoupon(message: JsonObject, path: string, issues: IssueIndex): Drawn {
  const inner = html`<div class="lj-coupon"><div class="lj-coupon-title">Coupon</div><div class="lj-coupon-id">${str(message.couponId) ?? ''}</div></div>`;
  return messageBox('coupon', path, issues, inner);
}
