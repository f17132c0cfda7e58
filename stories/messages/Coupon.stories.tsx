import { Coupon } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';

export default { title: 'Messages/Coupon' } satisfies Meta;

export const CouponMessage = story(() => <Coupon couponId="01JYNW8JMQVFBNPMQ6ZQ6BC1QH" deliveryTag="autumn_sale" />);
