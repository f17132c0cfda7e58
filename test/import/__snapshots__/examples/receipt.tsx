import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Hero,
  Image,
  Separator,
  Span,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Receipt A-10482 from Brown Café Shibuya: ¥2,020">
      <Bubble size="mega">
        <Hero>
          <Image
            url="https://images.example.com/shops/brown-cafe.jpg"
            size="full"
            aspectRatio="20:13"
            aspectMode="cover"
          />
        </Hero>
        <Body spacing="sm">
          <Text size="xs" color="#aaaaaa" weight="bold">RECEIPT</Text>
          <Text weight="bold" size="xl">Brown Café Shibuya</Text>
          <Text size="xs" color="#aaaaaa" wrap>1-2-3 Jinnan, Shibuya-ku, Tokyo</Text>
          <Separator margin="lg" />
          <Box spacing="sm" margin="lg">
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Caffè latte × 2</Text>
              <Text size="sm" color="#111111" align="end">¥1,040</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Cheesecake × 1</Text>
              <Text size="sm" color="#111111" align="end">¥680</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Sparkling water × 1</Text>
              <Text size="sm" color="#111111" align="end">¥300</Text>
            </Box>
          </Box>
          <Separator margin="lg" />
          <Box layout="horizontal" margin="lg">
            <Text size="md" color="#555555">Total</Text>
            <Text size="md" align="end"><Span weight="bold" color="#06c755">¥2,020</Span></Text>
          </Box>
          <Text size="xxs" color="#aaaaaa" margin="md">Paid 2026-11-24 14:05 · Order A-10482</Text>
        </Body>
        <Footer>
          <Button
            style="primary"
            color="#06c755"
            action={<Uri label="View order" uri="https://shop.example.com/orders/A-10482" />}
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
