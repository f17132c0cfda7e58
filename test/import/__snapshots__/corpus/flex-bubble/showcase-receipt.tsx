import { Body, Box, Bubble, Flex, Separator, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Receipt">
      <Bubble styles={{ footer: { separator: true } }}>
        <Body>
          <Text weight="bold" color="#1DB446" size="sm">RECEIPT</Text>
          <Text weight="bold" size="xxl" margin="md">Brown Store</Text>
          <Text size="xs" color="#aaaaaa" wrap>Flex Tower, 7-7-4 Midori-ku, Tokyo</Text>
          <Separator margin="xxl" />
          <Box margin="xxl" spacing="sm">
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Energy Drink</Text>
              <Text size="sm" color="#111111" align="end">$2.99</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Chewing Gum</Text>
              <Text size="sm" color="#111111" align="end">$0.99</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555" flex={0}>Bottled Water</Text>
              <Text size="sm" color="#111111" align="end">$3.33</Text>
            </Box>
            <Separator margin="xxl" />
            <Box layout="horizontal" margin="xxl">
              <Text size="sm" color="#555555">ITEMS</Text>
              <Text size="sm" color="#111111" align="end">3</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555">TOTAL</Text>
              <Text size="sm" color="#111111" align="end">$7.31</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555">CASH</Text>
              <Text size="sm" color="#111111" align="end">$8.0</Text>
            </Box>
            <Box layout="horizontal">
              <Text size="sm" color="#555555">CHANGE</Text>
              <Text size="sm" color="#111111" align="end">$0.69</Text>
            </Box>
          </Box>
          <Separator margin="xxl" />
          <Box layout="horizontal" margin="md">
            <Text size="xs" color="#aaaaaa" flex={0}>PAYMENT ID</Text>
            <Text color="#aaaaaa" size="xs" align="end">#743289384279</Text>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
