import {
  Body,
  Bubble,
  Button,
  Carousel,
  Flex,
  Footer,
  Hero,
  Image,
  Postback,
  Span,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Winter picks: 12 picks for you">
      <Carousel>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/KN-2041" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/kn-2041.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/KN-2041#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#06c755">NEW</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Merino crew-neck sweater, oatmeal</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥7,990</Span></Text>
            <Text size="xxs" color="#999999">★ 4.6</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=KN-2041"
                  displayText="Add Merino crew-neck sweater, oatmeal to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/CT-1180" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/ct-1180.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/CT-1180#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#e5484d">SALE −20%</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>
              Wool-blend duffle coat with toggles
            </Text>
            <Text size="sm">
              <Span weight="bold" color="#e5484d">¥15,920</Span>
              <Span>{' '}</Span>
              <Span size="xxs" color="#aaaaaa" decoration="line-through">¥19,900</Span>
            </Text>
            <Text size="xxs" color="#999999">★ 4.4</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=CT-1180"
                  displayText="Add Wool-blend duffle coat with toggles to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/SC-0305" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/sc-0305.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/SC-0305#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="sm" weight="bold" wrap maxLines={2}>Lambswool scarf, check</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥3,490</Span></Text>
            <Text size="xxs" color="#999999">★ 4.8</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=SC-0305"
                  displayText="Add Lambswool scarf, check to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/BT-7720" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/bt-7720.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/BT-7720#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#e5484d">SALE −20%</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Water-repellent chelsea boots</Text>
            <Text size="sm">
              <Span weight="bold" color="#e5484d">¥11,200</Span>
              <Span>{' '}</Span>
              <Span size="xxs" color="#aaaaaa" decoration="line-through">¥14,000</Span>
            </Text>
            <Text size="xxs" color="#999999">★ 4.3</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=BT-7720"
                  displayText="Add Water-repellent chelsea boots to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/GL-0412" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/gl-0412.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/GL-0412#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="sm" weight="bold" wrap maxLines={2}>Touchscreen knit gloves</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥1,990</Span></Text>
            <Text size="xxs" color="#999999">★ 4.1</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=GL-0412"
                  displayText="Add Touchscreen knit gloves to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/HT-0099" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/ht-0099.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/HT-0099#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#06c755">NEW</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Ribbed beanie, charcoal</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥1,590</Span></Text>
            <Text size="xxs" color="#999999">★ 4.7</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=HT-0099"
                  displayText="Add Ribbed beanie, charcoal to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/MG-3310" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/mg-3310.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/MG-3310#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="sm" weight="bold" wrap maxLines={2}>
              Stoneware mug set of two, speckled glaze
            </Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥2,980</Span></Text>
            <Text size="xxs" color="#999999">★ 4.9</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=MG-3310"
                  displayText="Add Stoneware mug set of two, speckled glaze to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/BL-5021" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/bl-5021.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/BL-5021#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#e5484d">SALE −20%</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Fleece throw blanket 130 × 170 cm</Text>
            <Text size="sm">
              <Span weight="bold" color="#e5484d">¥3,192</Span>
              <Span>{' '}</Span>
              <Span size="xxs" color="#aaaaaa" decoration="line-through">¥3,990</Span>
            </Text>
            <Text size="xxs" color="#999999">★ 4.5</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=BL-5021"
                  displayText="Add Fleece throw blanket 130 × 170 cm to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/CD-0777" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/cd-0777.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/CD-0777#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="sm" weight="bold" wrap maxLines={2}>Soy wax candle, hinoki and yuzu</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥2,200</Span></Text>
            <Text size="xxs" color="#999999">★ 4.6</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=CD-0777"
                  displayText="Add Soy wax candle, hinoki and yuzu to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/SL-4402" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/sl-4402.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/SL-4402#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="sm" weight="bold" wrap maxLines={2}>Felt room slippers</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥2,490</Span></Text>
            <Text size="xxs" color="#999999">★ 4.2</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=SL-4402"
                  displayText="Add Felt room slippers to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/TB-2290" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/tb-2290.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/TB-2290#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#e5484d">SALE −20%</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Insulated tumbler 480 ml</Text>
            <Text size="sm">
              <Span weight="bold" color="#e5484d">¥2,640</Span>
              <Span>{' '}</Span>
              <Span size="xxs" color="#aaaaaa" decoration="line-through">¥3,300</Span>
            </Text>
            <Text size="xxs" color="#999999">★ 4.4</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=TB-2290"
                  displayText="Add Insulated tumbler 480 ml to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
        <Bubble size="micro" action={<Uri uri="https://shop.example.com/p/PJ-6120" />}>
          <Hero>
            <Image
              url="https://images.example.com/shop/products/pj-6120.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
              action={<Uri label="Photos" uri="https://shop.example.com/p/PJ-6120#photos" />}
            />
          </Hero>
          <Body spacing="xs" paddingAll="12px">
            <Text size="xxs" weight="bold" color="#06c755">NEW</Text>
            <Text size="sm" weight="bold" wrap maxLines={2}>Flannel pajama set, navy stripe</Text>
            <Text size="sm"><Span weight="bold" color="#111111">¥5,990</Span></Text>
            <Text size="xxs" color="#999999">★ 4.5</Text>
          </Body>
          <Footer paddingTop="none">
            <Button
              style="primary"
              height="sm"
              color="#111111"
              action={
                <Postback
                  label="Add to cart"
                  data="cart=add&sku=PJ-6120"
                  displayText="Add Flannel pajama set, navy stripe to my cart"
                />
              }
            />
          </Footer>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
