/** The shopping carousel as a hand-written object literal: the JSON `<ShoppingCarousel>` renders, with no library. */

import { yen } from '../../examples/parts/format.ts';
import type { Product, ShoppingCarouselProps } from '../../examples/shopping-carousel.tsx';

function tag(product: Product) {
  if (product.listPrice) {
    const off = Math.round((1 - product.price / product.listPrice) * 100);
    return [{ type: 'text', text: `SALE −${off}%`, size: 'xxs', weight: 'bold', color: '#e5484d' }];
  }
  return product.isNew ? [{ type: 'text', text: 'NEW', size: 'xxs', weight: 'bold', color: '#06c755' }] : [];
}

function price(product: Product) {
  const now = { type: 'span', text: yen(product.price), weight: 'bold', color: product.listPrice ? '#e5484d' : '#111111' };
  if (!product.listPrice) return [now];
  return [
    now,
    { type: 'span', text: ' ' },
    { type: 'span', text: yen(product.listPrice), size: 'xxs', color: '#aaaaaa', decoration: 'line-through' },
  ];
}

function bubble(product: Product) {
  return {
    type: 'bubble',
    size: 'micro',
    hero: {
      type: 'image',
      url: product.image,
      size: 'full',
      aspectRatio: '1:1',
      aspectMode: 'cover',
      action: { type: 'uri', label: 'Photos', uri: `${product.url}#photos` },
    },
    body: {
      type: 'box',
      layout: 'vertical',
      contents: [
        ...tag(product),
        { type: 'text', text: product.name, size: 'sm', weight: 'bold', wrap: true, maxLines: 2 },
        { type: 'text', contents: price(product), size: 'sm' },
        { type: 'text', text: `★ ${product.rating.toFixed(1)}`, size: 'xxs', color: '#999999' },
      ],
      spacing: 'xs',
      paddingAll: '12px',
    },
    footer: {
      type: 'box',
      layout: 'vertical',
      contents: [
        {
          type: 'button',
          action: {
            type: 'postback',
            label: 'Add to cart',
            data: `cart=add&sku=${product.sku}`,
            displayText: `Add ${product.name} to my cart`,
          },
          style: 'primary',
          height: 'sm',
          color: '#111111',
        },
      ],
      paddingTop: 'none',
    },
    action: { type: 'uri', uri: product.url },
  };
}

export function shoppingCarouselLiteral({ title, products }: ShoppingCarouselProps) {
  return {
    type: 'flex',
    altText: `${title}: ${products.length} picks for you`,
    contents: { type: 'carousel', contents: products.map(bubble) },
  };
}
