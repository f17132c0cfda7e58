/** The welcome text as a hand-written object literal: the JSON `<WelcomeText>` renders, with no library. */
import type { WelcomeTextProps } from '../../examples/welcome-text.tsx';

const PRODUCT = '5ac1bfd5040ab15980c9b435';

export function welcomeTextLiteral({ name, shop, orderUrl }: WelcomeTextProps) {
  const head = `Hi ${name}! `;
  const middle = `$ Thanks for adding ${shop} as a friend. Coffee on us with your first order `;
  return {
    type: 'text',
    text: `${head}${middle}$`,
    emojis: [
      { index: head.length, productId: PRODUCT, emojiId: '001' },
      { index: head.length + middle.length, productId: PRODUCT, emojiId: '002' },
    ],
    quickReply: {
      items: [
        { type: 'action', action: { type: 'message', label: 'See the menu', text: 'Menu' } },
        {
          type: 'action',
          imageUrl: 'https://images.example.com/icons/clock.png',
          action: { type: 'message', label: 'Opening hours', text: 'Opening hours' },
        },
        { type: 'action', action: { type: 'location', label: 'Nearest shop' } },
        { type: 'action', action: { type: 'uri', label: 'Order online', uri: orderUrl } },
      ],
    },
  };
}
