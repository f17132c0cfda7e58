import type { CouponMessage } from '@linejsx/schema';
import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface CouponProps extends MessageCommonProps, Omit<CouponMessage, 'type' | 'quickReply' | 'sender'> {}

/**
 * A coupon message (`R#coupon-message`): a coupon created with LINE's coupon API.
 *
 * @example
 * <Coupon couponId="01JYNW8JMQVFBNPMQ6ZQ6BC1QH" deliveryTag="spring_sale" />
 */
export const Coupon = defineBuiltin<CouponProps>({
  name: 'Coupon',
  slots: { message: (_props, frame) => messageJson('coupon', frame, {}) },
});
