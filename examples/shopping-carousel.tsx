import { Body, Bubble, Button, Carousel, Flex, Footer, Hero, Image, Postback, Span, Text, Uri } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';
import { yen } from './parts/format.ts';

export interface Product {
  sku: string;
  name: string;
  image: string;
  url: string;
  price: number;
  /** The price before a sale, when the product is on sale. */
  listPrice?: number;
  rating: number;
  isNew?: boolean;
}

export interface ShoppingCarouselProps {
  title: string;
  /** One bubble each; LINE shows at most 12. */
  products: Product[];
  /** Colour of the sale tag and price, and of the cart buttons. */
  saleColor?: string;
  buttonColor?: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the product names. */
  nameSize?: TextSize;
}

type Look = Required<Omit<ShoppingCarouselProps, 'title' | 'products'>>;

/** The label over the name: SALE with the discount, NEW, or nothing. */
function Tag({ product, saleColor }: { product: Product; saleColor: string }) {
  if (product.listPrice) {
    const off = Math.round((1 - product.price / product.listPrice) * 100);
    return (
      <Text size="xxs" weight="bold" color={saleColor}>
        SALE −{off}%
      </Text>
    );
  }
  return product.isNew ? (
    <Text size="xxs" weight="bold" color="#06c755">
      NEW
    </Text>
  ) : null;
}

/** One product: tapping anywhere opens its page; the photo opens the gallery; the button adds it to the cart. */
function ProductBubble({ product, look }: { product: Product; look: Look }) {
  return (
    <Bubble size={look.bubbleSize} action={<Uri uri={product.url} />}>
      <Hero>
        <Image
          url={product.image}
          size="full"
          aspectRatio={look.heroAspectRatio}
          aspectMode="cover"
          action={<Uri label="Photos" uri={`${product.url}#photos`} />}
        />
      </Hero>
      <Body spacing="xs" paddingAll="12px">
        <Tag product={product} saleColor={look.saleColor} />
        <Text size={look.nameSize} weight="bold" wrap maxLines={2}>
          {product.name}
        </Text>
        <Text size="sm">
          <Span weight="bold" color={product.listPrice ? look.saleColor : '#111111'}>
            {yen(product.price)}
          </Span>
          {product.listPrice ? (
            <>
              {' '}
              <Span size="xxs" color="#aaaaaa" decoration="line-through">
                {yen(product.listPrice)}
              </Span>
            </>
          ) : null}
        </Text>
        <Text size="xxs" color="#999999">
          ★ {product.rating.toFixed(1)}
        </Text>
      </Body>
      <Footer paddingTop="none">
        <Button
          style="primary"
          height="sm"
          color={look.buttonColor}
          action={<Postback label="Add to cart" data={`cart=add&sku=${product.sku}`} displayText={`Add ${product.name} to my cart`} />}
        />
      </Footer>
    </Bubble>
  );
}

/** A product carousel of micro bubbles: every bubble the same size, as LINE requires. */
export function ShoppingCarousel({
  title,
  products,
  saleColor = '#e5484d',
  buttonColor = '#111111',
  bubbleSize = 'micro',
  heroAspectRatio = '1:1',
  nameSize = 'sm',
}: ShoppingCarouselProps) {
  const look = { saleColor, buttonColor, bubbleSize, heroAspectRatio, nameSize };
  return (
    <Flex altText={`${title}: ${products.length} picks for you`}>
      <Carousel>
        {products.map((product) => (
          <ProductBubble product={product} look={look} />
        ))}
      </Carousel>
    </Flex>
  );
}

const img = (name: string) => `https://images.example.com/shop/products/${name}.jpg`;
const page = (sku: string) => `https://shop.example.com/p/${sku}`;

export default defineExample<ShoppingCarouselProps>({
  id: 'shopping-carousel',
  title: 'Shopping carousel (12 bubbles)',
  description:
    'A carousel of exactly 12 micro bubbles (the benchmark input): bubble actions, image actions, maxLines 2 with wrap, price spans with line-through, small primary postback buttons of height sm.',
  component: ShoppingCarousel,
  sample: {
    title: 'Winter picks',
    products: [
      {
        sku: 'KN-2041',
        name: 'Merino crew-neck sweater, oatmeal',
        image: img('kn-2041'),
        url: page('KN-2041'),
        price: 7_990,
        rating: 4.6,
        isNew: true,
      },
      {
        sku: 'CT-1180',
        name: 'Wool-blend duffle coat with toggles',
        image: img('ct-1180'),
        url: page('CT-1180'),
        price: 15_920,
        listPrice: 19_900,
        rating: 4.4,
      },
      { sku: 'SC-0305', name: 'Lambswool scarf, check', image: img('sc-0305'), url: page('SC-0305'), price: 3_490, rating: 4.8 },
      {
        sku: 'BT-7720',
        name: 'Water-repellent chelsea boots',
        image: img('bt-7720'),
        url: page('BT-7720'),
        price: 11_200,
        listPrice: 14_000,
        rating: 4.3,
      },
      { sku: 'GL-0412', name: 'Touchscreen knit gloves', image: img('gl-0412'), url: page('GL-0412'), price: 1_990, rating: 4.1 },
      {
        sku: 'HT-0099',
        name: 'Ribbed beanie, charcoal',
        image: img('ht-0099'),
        url: page('HT-0099'),
        price: 1_590,
        rating: 4.7,
        isNew: true,
      },
      {
        sku: 'MG-3310',
        name: 'Stoneware mug set of two, speckled glaze',
        image: img('mg-3310'),
        url: page('MG-3310'),
        price: 2_980,
        rating: 4.9,
      },
      {
        sku: 'BL-5021',
        name: 'Fleece throw blanket 130 × 170 cm',
        image: img('bl-5021'),
        url: page('BL-5021'),
        price: 3_192,
        listPrice: 3_990,
        rating: 4.5,
      },
      { sku: 'CD-0777', name: 'Soy wax candle, hinoki and yuzu', image: img('cd-0777'), url: page('CD-0777'), price: 2_200, rating: 4.6 },
      { sku: 'SL-4402', name: 'Felt room slippers', image: img('sl-4402'), url: page('SL-4402'), price: 2_490, rating: 4.2 },
      {
        sku: 'TB-2290',
        name: 'Insulated tumbler 480 ml',
        image: img('tb-2290'),
        url: page('TB-2290'),
        price: 2_640,
        listPrice: 3_300,
        rating: 4.4,
      },
      {
        sku: 'PJ-6120',
        name: 'Flannel pajama set, navy stripe',
        image: img('pj-6120'),
        url: page('PJ-6120'),
        price: 5_990,
        rating: 4.5,
        isNew: true,
      },
    ],
    saleColor: '#e5484d',
    buttonColor: '#111111',
    bubbleSize: 'micro',
    heroAspectRatio: '1:1',
    nameSize: 'sm',
  },
});
