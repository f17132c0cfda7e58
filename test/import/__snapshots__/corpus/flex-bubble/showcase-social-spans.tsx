import { Body, Box, Bubble, Flex, Image, Span, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Social post">
      <Bubble>
        <Body paddingAll="0px">
          <Box layout="horizontal">
            <Image
              url="https://developers-resource.landpress.line.me/fx/clip/clip7.jpg"
              size="5xl"
              aspectMode="cover"
              aspectRatio="150:196"
              gravity="center"
              flex={1}
            />
            <Box flex={1}>
              <Image
                url="https://developers-resource.landpress.line.me/fx/clip/clip8.jpg"
                size="full"
                aspectMode="cover"
                aspectRatio="150:98"
                gravity="center"
              />
              <Image
                url="https://developers-resource.landpress.line.me/fx/clip/clip9.jpg"
                size="full"
                aspectMode="cover"
                aspectRatio="150:98"
                gravity="center"
              />
            </Box>
          </Box>
          <Box layout="horizontal" spacing="xl" paddingAll="20px">
            <Box cornerRadius="100px" width="72px" height="72px">
              <Image
                url="https://developers-resource.landpress.line.me/fx/clip/clip13.jpg"
                aspectMode="cover"
                size="full"
              />
            </Box>
            <Box>
              <Text size="sm" wrap>
                <Span weight="bold" color="#000000">brown_05</Span>
                <Span>{'     '}</Span>
                <Span>I went to the Brown&Cony cafe in Tokyo and took a picture</Span>
              </Text>
              <Box layout="baseline" spacing="sm" margin="md">
                <Text size="sm" color="#bcbcbc">1,140,753 Like</Text>
              </Box>
            </Box>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
