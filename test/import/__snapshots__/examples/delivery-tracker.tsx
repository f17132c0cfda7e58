import {
  Body,
  Box,
  Bubble,
  Button,
  Clipboard,
  Flex,
  Footer,
  Header,
  Icon,
  Image,
  Separator,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Kuroneko Express: Out for delivery, arriving today, 14:00–16:00">
      <Bubble size="mega">
        <Header spacing="sm">
          <Box layout="horizontal" justifyContent="space-between">
            <Text size="xs" color="#8c8c8c" flex={0}>Kuroneko Express</Text>
            <Text size="xs" color="#8c8c8c" flex={0}>#4410-2287-6613</Text>
          </Box>
          <Text size="xxl" weight="bold" color="#06c755">Out for delivery</Text>
          <Text size="sm" color="#555555">Arriving today, 14:00–16:00</Text>
          <Box height="6px" backgroundColor="#e8e8e8" cornerRadius="3px" margin="md">
            <Box width="80%" height="6px" backgroundColor="#06c755" cornerRadius="3px" />
          </Box>
        </Header>
        <Body spacing="md">
          <Box layout="baseline" spacing="md">
            <Icon url="https://images.example.com/icons/check-green.png" size="sm" />
            <Text size="sm" color="#111111" weight="bold">Order received</Text>
            <Text size="xs" color="#aaaaaa" align="end" flex={0}>09:12</Text>
          </Box>
          <Box layout="baseline" spacing="md">
            <Icon url="https://images.example.com/icons/check-green.png" size="sm" />
            <Text size="sm" color="#111111" weight="bold">Left the warehouse</Text>
            <Text size="xs" color="#aaaaaa" align="end" flex={0}>11:40</Text>
          </Box>
          <Box layout="baseline" spacing="md">
            <Icon url="https://images.example.com/icons/check-green.png" size="sm" />
            <Text size="sm" color="#111111" weight="bold">At your local depot</Text>
            <Text size="xs" color="#aaaaaa" align="end" flex={0}>07:05</Text>
          </Box>
          <Box layout="baseline" spacing="md">
            <Icon url="https://images.example.com/icons/check-green.png" size="sm" />
            <Text size="sm" color="#111111" weight="bold">Out for delivery</Text>
            <Text size="xs" color="#aaaaaa" align="end" flex={0}>10:22</Text>
          </Box>
          <Box layout="baseline" spacing="md">
            <Icon url="https://images.example.com/icons/dot-gray.png" size="sm" />
            <Text size="sm" color="#aaaaaa" weight="regular">Delivered</Text>
            <Text size="xs" color="#aaaaaa" align="end" flex={0}>--:--</Text>
          </Box>
          <Separator margin="lg" />
          <Box layout="horizontal" spacing="md" margin="lg" alignItems="center">
            <Box width="44px" height="44px" cornerRadius="22px" flex={0}>
              <Image
                url="https://images.example.com/couriers/kenji-mori.jpg"
                size="full"
                aspectRatio="1:1"
                aspectMode="cover"
              />
            </Box>
            <Box maxWidth="70%">
              <Text size="sm" weight="bold">Kenji Mori</Text>
              <Text size="xs" color="#8c8c8c" wrap>White van · Shinagawa 400 ひ 12-34</Text>
            </Box>
          </Box>
        </Body>
        <Footer spacing="sm">
          <Button
            style="primary"
            color="#06c755"
            action={<Uri label="Track live" uri="https://track.example.com/4410-2287-6613" />}
          />
          <Button
            style="secondary"
            action={<Clipboard label="Copy tracking number" clipboardText="4410-2287-6613" />}
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
