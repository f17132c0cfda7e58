import { Coupon } from '@linejsx/jsx';
import type { Meta } from '@storybook/html-vite';
import { story } from '../support/story.ts';

export default { title: 'Messages/Coupon' } satisfies Meta;

export const CouponMessage = story(() => <Coupon couponId="01JYNW8JMQVFBNPMQ6ZQ6BC1QH" deliveryTag="autumn_sale" />);
