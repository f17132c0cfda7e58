import { Body, Box, Bubble, Carousel, Flex, Postback, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Your coupons: 20% OFF, ¥500 OFF, FREE SHIPPING (until 2026-12-31)">
      <Carousel>
        <Bubble size="nano">
          <Body
            paddingAll="12px"
            spacing="xs"
            background={{
              type: 'linearGradient',
              angle: '160deg',
              startColor: '#ff7a59',
              centerColor: '#ff4d6d',
              centerPosition: '45%',
              endColor: '#c9184a',
            }}
            action={
              <Postback
                label="Claim"
                data="coupon=WINTER20&action=claim"
                displayText="Claim 20% OFF"
              />
            }
          >
            <Text size="3xl" weight="bold" color="#ffffff" adjustMode="shrink-to-fit">20%</Text>
            <Text size="xs" weight="bold" color="#ffffff">OFF</Text>
            <Text size="xxs" color="#ffffffcc" wrap maxLines={2}>
              On everything in store, one use
            </Text>
            <Box
              borderWidth="1px"
              borderColor="#ffffff99"
              cornerRadius="sm"
              paddingAll="xs"
              margin="sm"
            >
              <Text size="xxs" color="#ffffff" align="center" weight="bold">WINTER20</Text>
            </Box>
            <Text size="xxs" color="#ffffff99" align="center">until 2026-12-31</Text>
          </Body>
        </Bubble>
        <Bubble size="nano">
          <Body
            paddingAll="12px"
            spacing="xs"
            background={{
              type: 'linearGradient',
              angle: '160deg',
              startColor: '#4cc9f0',
              centerColor: '#4895ef',
              centerPosition: '45%',
              endColor: '#3f37c9',
            }}
            action={
              <Postback
                label="Claim"
                data="coupon=YEN500&action=claim"
                displayText="Claim ¥500 OFF"
              />
            }
          >
            <Text size="3xl" weight="bold" color="#ffffff" adjustMode="shrink-to-fit">¥500</Text>
            <Text size="xs" weight="bold" color="#ffffff">OFF</Text>
            <Text size="xxs" color="#ffffffcc" wrap maxLines={2}>On orders of ¥3,000 or more</Text>
            <Box
              borderWidth="1px"
              borderColor="#ffffff99"
              cornerRadius="sm"
              paddingAll="xs"
              margin="sm"
            >
              <Text size="xxs" color="#ffffff" align="center" weight="bold">TAKE500</Text>
            </Box>
            <Text size="xxs" color="#ffffff99" align="center">until 2026-12-31</Text>
          </Body>
        </Bubble>
        <Bubble size="nano">
          <Body
            paddingAll="12px"
            spacing="xs"
            background={{
              type: 'linearGradient',
              angle: '160deg',
              startColor: '#52b788',
              centerColor: '#2d6a4f',
              centerPosition: '45%',
              endColor: '#1b4332',
            }}
            action={
              <Postback
                label="Claim"
                data="coupon=FREESHIP&action=claim"
                displayText="Claim FREE SHIPPING"
              />
            }
          >
            <Text size="3xl" weight="bold" color="#ffffff" adjustMode="shrink-to-fit">FREE</Text>
            <Text size="xs" weight="bold" color="#ffffff">SHIPPING</Text>
            <Text size="xxs" color="#ffffffcc" wrap maxLines={2}>Online orders, no minimum</Text>
            <Box
              borderWidth="1px"
              borderColor="#ffffff99"
              cornerRadius="sm"
              paddingAll="xs"
              margin="sm"
            >
              <Text size="xxs" color="#ffffff" align="center" weight="bold">SHIPFREE</Text>
            </Box>
            <Text size="xxs" color="#ffffff99" align="center">until 2026-12-31</Text>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
