import { Body, Box, Bubble, Button, Flex, Footer, Hero, Image, Separator, Span, Text, Uri } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';
import { yen } from './parts/format.ts';

export interface ReceiptItem {
  name: string;
  quantity: number;
  price: number;
}

export interface ReceiptProps {
  order: {
    id: string;
    shop: string;
    shopImage: string;
    address: string;
    items: ReceiptItem[];
    paidAt: string;
    url: string;
  };
  /** Accent colour of the total and the button. */
  accent?: string;
  /** Colour of the small print: label, address, payment line. */
  mutedColor?: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the shop's name. */
  titleSize?: TextSize;
}

/** A shop receipt: hero photo, line items in horizontal rows, a separator, the total in a span. */
export function Receipt({
  order,
  accent = '#06c755',
  mutedColor = '#aaaaaa',
  bubbleSize = 'mega',
  heroAspectRatio = '20:13',
  titleSize = 'xl',
}: ReceiptProps) {
  const total = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return (
    <Flex altText={`Receipt ${order.id} from ${order.shop}: ${yen(total)}`}>
      <Bubble size={bubbleSize}>
        <Hero>
          <Image url={order.shopImage} size="full" aspectRatio={heroAspectRatio} aspectMode="cover" />
        </Hero>
        <Body spacing="sm">
          <Text size="xs" color={mutedColor} weight="bold">
            RECEIPT
          </Text>
          <Text weight="bold" size={titleSize}>
            {order.shop}
          </Text>
          <Text size="xs" color={mutedColor} wrap>
            {order.address}
          </Text>
          <Separator margin="lg" />
          <Box spacing="sm" margin="lg">
            {order.items.map((item) => (
              <Box layout="horizontal">
                <Text size="sm" color="#555555" flex={0}>
                  {item.name} × {item.quantity}
                </Text>
                <Text size="sm" color="#111111" align="end">
                  {yen(item.price * item.quantity)}
                </Text>
              </Box>
            ))}
          </Box>
          <Separator margin="lg" />
          <Box layout="horizontal" margin="lg">
            <Text size="md" color="#555555">
              Total
            </Text>
            <Text size="md" align="end">
              <Span weight="bold" color={accent}>
                {yen(total)}
              </Span>
            </Text>
          </Box>
          <Text size="xxs" color={mutedColor} margin="md">
            Paid {order.paidAt} · Order {order.id}
          </Text>
        </Body>
        <Footer>
          <Button style="primary" color={accent} action={<Uri label="View order" uri={order.url} />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<ReceiptProps>({
  id: 'receipt',
  title: 'Receipt',
  description: 'Hero photo, item rows with flex 0 and align end, separators, a bold span for the total, a primary button.',
  component: Receipt,
  sample: {
    order: {
      id: 'A-10482',
      shop: 'Brown Café Shibuya',
      shopImage: 'https://images.example.com/shops/brown-cafe.jpg',
      address: '1-2-3 Jinnan, Shibuya-ku, Tokyo',
      items: [
        { name: 'Caffè latte', quantity: 2, price: 520 },
        { name: 'Cheesecake', quantity: 1, price: 680 },
        { name: 'Sparkling water', quantity: 1, price: 300 },
      ],
      paidAt: '2026-11-24 14:05',
      url: 'https://shop.example.com/orders/A-10482',
    },
    accent: '#06c755',
    mutedColor: '#aaaaaa',
    bubbleSize: 'mega',
    heroAspectRatio: '20:13',
    titleSize: 'xl',
  },
});
