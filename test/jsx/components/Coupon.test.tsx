import { Coupon, render } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Coupon>', () => {
  it('renders a coupon message', () => {
    expect(render(<Coupon couponId="01JYNW8JMQVFBNPMQ6ZQ6BC1QH" deliveryTag="spring_sale" />)).toEqual({
      type: 'coupon',
      couponId: '01JYNW8JMQVFBNPMQ6ZQ6BC1QH',
      deliveryTag: 'spring_sale',
    });
  });

  it('refuses a deliveryTag with characters other than letters, digits and _', () => {
    expect(located(catchValidation(() => render(<Coupon couponId="C1" deliveryTag="spring-sale" />)))).toEqual([
      ['<Coupon>', 'deliveryTag', 'deliveryTag may only use letters, digits and "_"'],
    ]);
  });
});
