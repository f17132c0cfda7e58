/** The receipt as a hand-written object literal: the JSON `<Receipt>` renders, with no library. */

import { yen } from '../../examples/parts/format.ts';
import type { ReceiptProps } from '../../examples/receipt.tsx';

export function receiptLiteral({ order, accent = '#06c755' }: ReceiptProps) {
  const total = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return {
    type: 'flex',
    altText: `Receipt ${order.id} from ${order.shop}: ${yen(total)}`,
    contents: {
      type: 'bubble',
      size: 'mega',
      hero: { type: 'image', url: order.shopImage, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
      body: {
        type: 'box',
        layout: 'vertical',
        contents: [
          { type: 'text', text: 'RECEIPT', size: 'xs', color: '#aaaaaa', weight: 'bold' },
          { type: 'text', text: order.shop, weight: 'bold', size: 'xl' },
          { type: 'text', text: order.address, size: 'xs', color: '#aaaaaa', wrap: true },
          { type: 'separator', margin: 'lg' },
          {
            type: 'box',
            layout: 'vertical',
            contents: order.items.map((item) => ({
              type: 'box',
              layout: 'horizontal',
              contents: [
                { type: 'text', text: `${item.name} × ${item.quantity}`, size: 'sm', color: '#555555', flex: 0 },
                { type: 'text', text: yen(item.price * item.quantity), size: 'sm', color: '#111111', align: 'end' },
              ],
            })),
            spacing: 'sm',
            margin: 'lg',
          },
          { type: 'separator', margin: 'lg' },
          {
            type: 'box',
            layout: 'horizontal',
            contents: [
              { type: 'text', text: 'Total', size: 'md', color: '#555555' },
              { type: 'text', contents: [{ type: 'span', text: yen(total), weight: 'bold', color: accent }], size: 'md', align: 'end' },
            ],
            margin: 'lg',
          },
          { type: 'text', text: `Paid ${order.paidAt} · Order ${order.id}`, size: 'xxs', color: '#aaaaaa', margin: 'md' },
        ],
        spacing: 'sm',
      },
      footer: {
        type: 'box',
        layout: 'vertical',
        contents: [{ type: 'button', action: { type: 'uri', label: 'View order', uri: order.url }, style: 'primary', color: accent }],
      },
    },
  };
}
