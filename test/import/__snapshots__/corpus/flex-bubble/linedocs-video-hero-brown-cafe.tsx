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
  Video,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Brown Cafe video">
      <Bubble size="mega">
        <Hero>
          <Video
            url="https://example.com/video.mp4"
            previewUrl="https://example.com/video_preview.png"
            aspectRatio="20:13"
            altContent={
              <Image
                size="full"
                aspectRatio="20:13"
                aspectMode="cover"
                url="https://example.com/image.png"
              />
            }
            action={<Uri label="詳細はこちら" uri="http://example.com/" />}
          />
        </Hero>
        <Body>
          <Text weight="bold" size="xl">Brown Cafe</Text>
          <Box layout="baseline" margin="md">
            <Icon size="sm" url="https://example.com/star.png" />
            <Icon size="sm" url="https://example.com/star.png" />
            <Icon size="sm" url="https://example.com/star.png" />
            <Icon size="sm" url="https://example.com/star.png" />
            <Icon size="sm" url="https://example.com/gray_star.png" />
            <Text size="sm" color="#999999" margin="md" flex={0}>4.0</Text>
          </Box>
          <Box margin="lg" spacing="sm">
            <Box layout="baseline" spacing="sm">
              <Text color="#aaaaaa" size="sm" flex={1}>Place</Text>
              <Text wrap color="#666666" size="sm" flex={5}>1-3 Kioicho, Chiyoda-ku, Tokyo</Text>
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
            action={<Uri label="CALL" uri="https://example.com" />}
          />
          <Button
            style="link"
            height="sm"
            action={<Uri label="WEBSITE" uri="https://example.com" />}
          />
          <Box margin="sm" />
        </Footer>
      </Bubble>
    </Flex>
  );
}
