import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Header,
  Hero,
  Image,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Your ticket: Neon Harbor Live 2026, Saturday, December 12, 2026, gate C row 14 seat 27">
      <Bubble
        size="kilo"
        styles={{
          header: { backgroundColor: '#1f1f3a' },
          body: { separator: true, separatorColor: '#d8d8e6' },
          footer: { separator: true, separatorColor: '#d8d8e6' },
        }}
      >
        <Header paddingBottom="md">
          <Text size="xxs" color="#ffffff99" weight="bold">E-TICKET · ADMIT ONE</Text>
          <Text size="lg" weight="bold" color="#ffffff" wrap>Neon Harbor Live 2026</Text>
          <Text size="xs" color="#ffffffcc">The Tidelines with special guests</Text>
        </Header>
        <Hero>
          <Image
            url="https://images.example.com/events/neon-harbor/poster.jpg"
            size="full"
            aspectRatio="20:13"
            aspectMode="cover"
            action={
              <Uri label="Event page" uri="https://tickets.example.com/events/neon-harbor-2026" />
            }
          />
        </Hero>
        <Body spacing="sm">
          <Box layout="horizontal" spacing="md">
            <Text size="sm" color="#8a8aa3" flex={0}>Date</Text>
            <Text size="sm" color="#1f1f3a" align="end" wrap>Saturday, December 12, 2026</Text>
          </Box>
          <Box layout="horizontal" spacing="md">
            <Text size="sm" color="#8a8aa3" flex={0}>Doors / Start</Text>
            <Text size="sm" color="#1f1f3a" align="end" wrap>17:00 / 18:00</Text>
          </Box>
          <Box layout="horizontal" spacing="md">
            <Text size="sm" color="#8a8aa3" flex={0}>Venue</Text>
            <Text size="sm" color="#1f1f3a" align="end" wrap>Yokohama Bay Arena</Text>
          </Box>
          <Box
            layout="horizontal"
            margin="lg"
            paddingAll="md"
            backgroundColor="#f3f3f8"
            cornerRadius="md"
          >
            <Box flex={1} alignItems="center">
              <Text size="xxs" color="#8a8aa3">GATE</Text>
              <Text size="xl" weight="bold" color="#1f1f3a">C</Text>
            </Box>
            <Box flex={1} alignItems="center">
              <Text size="xxs" color="#8a8aa3">ROW</Text>
              <Text size="xl" weight="bold" color="#1f1f3a">14</Text>
            </Box>
            <Box flex={1} alignItems="center">
              <Text size="xxs" color="#8a8aa3">SEAT</Text>
              <Text size="xl" weight="bold" color="#1f1f3a">27</Text>
            </Box>
          </Box>
          <Image
            url="https://images.example.com/events/neon-harbor/qr/NH26-C14-27-7731.png"
            size="lg"
            aspectRatio="1:1"
            margin="lg"
          />
          <Text size="xxs" color="#8a8aa3" align="center">NH26-C14-27-7731</Text>
        </Body>
        <Footer>
          <Button
            style="link"
            action={
              <Uri
                label="Add to calendar"
                uri="https://tickets.example.com/calendar/NH26-C14-27-7731.ics"
              />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
