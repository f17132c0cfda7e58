import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Hero,
  Icon,
  Image,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Brown Cafe">
      <Bubble>
        <Hero>
          <Image
            url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/01_1_cafe.png"
            size="full"
            aspectRatio="20:13"
            aspectMode="cover"
            action={<Uri label="Action" uri="http://linecorp.com/" />}
          />
        </Hero>
        <Body>
          <Text weight="bold" size="xl">Brown Cafe</Text>
          <Box layout="baseline" margin="md">
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gray_star_28.png"
            />
            <Text size="sm" color="#999999" margin="md" flex={0}>4.0</Text>
          </Box>
          <Box margin="lg" spacing="sm">
            <Box layout="baseline" spacing="sm">
              <Text color="#aaaaaa" size="sm" flex={1}>Place</Text>
              <Text wrap color="#666666" size="sm" flex={5}>
                Miraina Tower, 4-1-6 Shinjuku, Tokyo
              </Text>
            </Box>
            <Box layout="baseline" spacing="sm">
              <Text color="#aaaaaa" size="sm" flex={1}>Time</Text>
              <Text wrap color="#666666" size="sm" flex={5}>10:00 - 23:00</Text>
            </Box>
          </Box>
        </Body>
        <Footer spacing="sm" flex={0}>
          <Button
            style="link"
            height="sm"
            action={<Uri label="CALL" uri="https://linecorp.com" />}
          />
          <Button
            style="link"
            height="sm"
            action={<Uri label="WEBSITE" uri="https://linecorp.com" />}
          />
          <Box margin="sm" />
        </Footer>
      </Bubble>
    </Flex>
  );
}
