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
    <Flex altText="Sora Soba Ebisu: Handmade soba and tempura, rated 4.4">
      <Bubble size="mega" styles={{ footer: { separator: true, separatorColor: '#eeeeee' } }}>
        <Hero>
          <Video
            url="https://images.example.com/restaurants/sora-soba/kitchen.mp4"
            previewUrl="https://images.example.com/restaurants/sora-soba/kitchen-preview.jpg"
            aspectRatio="16:9"
            altContent={
              <Image
                url="https://images.example.com/restaurants/sora-soba/counter.jpg"
                size="full"
                aspectRatio="16:9"
                aspectMode="cover"
              />
            }
            action={<Uri label="Book a table" uri="https://reserve.example.com/sora-soba-ebisu" />}
          />
        </Hero>
        <Body>
          <Text weight="bold" size="xl">Sora Soba Ebisu</Text>
          <Box layout="baseline" margin="md">
            <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
            <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
            <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
            <Icon size="sm" url="https://images.example.com/icons/star-gold.png" />
            <Icon size="sm" url="https://images.example.com/icons/star-gray.png" />
            <Text size="sm" color="#999999" margin="md" flex={0}>4.4 (1,284)</Text>
          </Box>
          <Text size="sm" color="#999999" margin="sm">
            Handmade soba and tempura · ¥1,500–3,000
          </Text>
          <Box margin="lg" spacing="sm">
            <Box layout="baseline" spacing="sm">
              <Text color="#aaaaaa" size="sm" flex={1}>Place</Text>
              <Text wrap color="#666666" size="sm" flex={5}>
                1-4-2 Ebisu-Nishi, Shibuya-ku, Tokyo
              </Text>
            </Box>
            <Box layout="baseline" spacing="sm">
              <Text color="#aaaaaa" size="sm" flex={1}>Hours</Text>
              <Text wrap color="#666666" size="sm" flex={5}>
                11:30–15:00, 17:30–22:00 (closed Tuesdays)
              </Text>
            </Box>
          </Box>
        </Body>
        <Footer spacing="sm">
          <Button
            style="link"
            height="sm"
            action={<Uri label="Call" uri="tel:+81-3-5555-0142" />}
          />
          <Button
            style="link"
            height="sm"
            action={<Uri label="Map" uri="https://maps.example.com/?q=Sora%20Soba%20Ebisu" />}
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
