import {
  Body,
  Box,
  Bubble,
  Button,
  DatetimePicker,
  Flex,
  Footer,
  Hero,
  Icon,
  Image,
  Postback,
  Separator,
  Span,
  Text,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Hotel Kaze Kyoto: 3 nights from 2026-12-18, ¥91,200">
      <Bubble size="giga">
        <Hero>
          <Box paddingAll="0px">
            <Image
              url="https://images.example.com/hotels/kaze-kyoto/garden-room.jpg"
              size="full"
              aspectRatio="2:1"
              aspectMode="cover"
            />
            <Box
              position="absolute"
              offsetBottom="0px"
              offsetStart="0px"
              offsetEnd="0px"
              paddingAll="20px"
              paddingTop="48px"
              background={{
                type: 'linearGradient',
                angle: '0deg',
                startColor: '#000000cc',
                centerColor: '#00000066',
                centerPosition: '55%',
                endColor: '#00000000',
              }}
            >
              <Text size="xl" weight="bold" color="#ffffff">Hotel Kaze Kyoto</Text>
              <Text size="sm" color="#ffffffcc">Higashiyama, Kyoto</Text>
              <Box layout="baseline" margin="sm">
                <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
                <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
                <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
                <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
                <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
                <Text size="sm" color="#ffffffcc" margin="md" flex={0}>4.7 (932)</Text>
              </Box>
            </Box>
            <Box
              position="absolute"
              offsetTop="18px"
              offsetStart="18px"
              backgroundColor="#ff334b"
              cornerRadius="20px"
              paddingStart="10px"
              paddingEnd="10px"
              paddingTop="2px"
              paddingBottom="2px"
            >
              <Text size="xs" weight="bold" color="#ffffff">-20%</Text>
            </Box>
          </Box>
        </Hero>
        <Body spacing="md">
          <Box layout="horizontal" spacing="lg">
            <Box flex={1}>
              <Text size="xxs" color="#8c8c8c">CHECK-IN</Text>
              <Text size="md" weight="bold" margin="xs">Fri, Dec 18</Text>
              <Text size="xs" color="#8c8c8c">from 15:00</Text>
            </Box>
            <Separator color="#e0e0e0" />
            <Box flex={1}>
              <Text size="xxs" color="#8c8c8c">CHECK-OUT</Text>
              <Text size="md" weight="bold" margin="xs">Mon, Dec 21</Text>
              <Text size="xs" color="#8c8c8c">until 11:00</Text>
            </Box>
          </Box>
          <Separator margin="lg" color="#e0e0e0" />
          <Box layout="horizontal" margin="lg">
            <Text size="sm" color="#555555" flex={3} wrap>
              Garden deluxe twin · 2 guests · 3 nights
            </Text>
            <Text size="sm" align="end" flex={2}>
              <Span size="xs" color="#aaaaaa" decoration="line-through">¥38,000</Span>
              <Span>{' '}</Span>
              <Span weight="bold" color="#ff334b">¥30,400</Span>
              <Span size="xs" color="#aaaaaa">{' /night'}</Span>
            </Text>
          </Box>
          <Box layout="horizontal">
            <Text size="md" weight="bold">Total</Text>
            <Text size="md" weight="bold" align="end">¥91,200</Text>
          </Box>
        </Body>
        <Footer layout="horizontal" spacing="sm">
          <Button
            style="secondary"
            action={
              <DatetimePicker
                label="Change dates"
                data="booking=HB-88213&action=change"
                mode="date"
                initial="2026-12-18"
                min="2026-01-01"
                max="2027-12-31"
              />
            }
          />
          <Button
            style="primary"
            color="#ff334b"
            action={
              <Postback
                label="Confirm"
                data="booking=HB-88213&action=confirm"
                displayText="Confirm booking HB-88213"
              />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
