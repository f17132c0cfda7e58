import { Body, Box, Bubble, Carousel, Flex, Postback, Text } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';

export interface CouponOffer {
  id: string;
  /** The big figure: `20%`, `¥500`. */
  value: string;
  unit: string;
  condition: string;
  code: string;
  /** Gradient colours, top to bottom. */
  colors: readonly [string, string, string];
}

export interface CouponProps {
  /** `YYYY-MM-DD` */
  validUntil: string;
  offers: CouponOffer[];
  /** Colour of the texts over the gradient. */
  textColor?: string;
  bubbleSize?: BubbleSize;
  /** Size of the big figure. */
  figureSize?: TextSize;
}

type Look = Required<Pick<CouponProps, 'textColor' | 'bubbleSize' | 'figureSize'>>;

/**
 * One coupon on a nano bubble: the whole body is tappable (a box action that claims it), painted
 * with a three-stop gradient; the figure shrinks to fit the narrow bubble; the code sits in a
 * bordered, rounded box.
 */
function CouponBubble({ offer, validUntil, look }: { offer: CouponOffer; validUntil: string; look: Look }) {
  const [start, center, end] = offer.colors;
  return (
    <Bubble size={look.bubbleSize}>
      <Body
        paddingAll="12px"
        spacing="xs"
        background={{
          type: 'linearGradient',
          angle: '160deg',
          startColor: start,
          centerColor: center,
          centerPosition: '45%',
          endColor: end,
        }}
        action={<Postback label="Claim" data={`coupon=${offer.id}&action=claim`} displayText={`Claim ${offer.value} ${offer.unit}`} />}
      >
        <Text size={look.figureSize} weight="bold" color={look.textColor} adjustMode="shrink-to-fit">
          {offer.value}
        </Text>
        <Text size="xs" weight="bold" color={look.textColor}>
          {offer.unit}
        </Text>
        <Text size="xxs" color="#ffffffcc" wrap maxLines={2}>
          {offer.condition}
        </Text>
        <Box borderWidth="1px" borderColor="#ffffff99" cornerRadius="sm" paddingAll="xs" margin="sm">
          <Text size="xxs" color={look.textColor} align="center" weight="bold">
            {offer.code}
          </Text>
        </Box>
        <Text size="xxs" color="#ffffff99" align="center">
          until {validUntil}
        </Text>
      </Body>
    </Bubble>
  );
}

/** Coupons to choose from: a carousel of nano bubbles, each a tappable gradient card. */
export function Coupons({ validUntil, offers, textColor = '#ffffff', bubbleSize = 'nano', figureSize = '3xl' }: CouponProps) {
  return (
    <Flex altText={`Your coupons: ${offers.map((o) => `${o.value} ${o.unit}`).join(', ')} (until ${validUntil})`}>
      <Carousel>
        {offers.map((offer) => (
          <CouponBubble offer={offer} validUntil={validUntil} look={{ textColor, bubbleSize, figureSize }} />
        ))}
      </Carousel>
    </Flex>
  );
}

export default defineExample<CouponProps>({
  id: 'coupon',
  title: 'Coupons',
  description:
    'A carousel of nano bubbles; each body is a box with a postback action and a 160deg linearGradient with centerColor and centerPosition; adjustMode shrink-to-fit on the figure; a bordered box with a px borderWidth and cornerRadius keyword.',
  component: Coupons,
  sample: {
    validUntil: '2026-12-31',
    offers: [
      {
        id: 'WINTER20',
        value: '20%',
        unit: 'OFF',
        condition: 'On everything in store, one use',
        code: 'WINTER20',
        colors: ['#ff7a59', '#ff4d6d', '#c9184a'],
      },
      {
        id: 'YEN500',
        value: '¥500',
        unit: 'OFF',
        condition: 'On orders of ¥3,000 or more',
        code: 'TAKE500',
        colors: ['#4cc9f0', '#4895ef', '#3f37c9'],
      },
      {
        id: 'FREESHIP',
        value: 'FREE',
        unit: 'SHIPPING',
        condition: 'Online orders, no minimum',
        code: 'SHIPFREE',
        colors: ['#52b788', '#2d6a4f', '#1b4332'],
      },
    ],
    textColor: '#ffffff',
    bubbleSize: 'nano',
    figureSize: '3xl',
  },
});
