import { Body, Box, Bubble, Carousel, Flex, Hero, Image, Text, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="新聞">
      <Carousel>
        <Bubble size="micro">
          <Hero>
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip10.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="320:213"
              action={<Uri label="action" uri="http://linecorp.com/" />}
            />
          </Hero>
          <Body spacing="sm" paddingAll="13px">
            <Text weight="bold" size="xxs" wrap>
              暴雪坦言《WC3：淬煉重生》上市遇困境但不放棄，動視下半年還有「更多重製計畫」
            </Text>
            <Box>
              <Box spacing="sm">
                <Text wrap color="#8c8c8c" size="xs" flex={5}>4Gamers</Text>
                <Text size="xxs" color="#cccccc">@2020-02-07</Text>
              </Box>
            </Box>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
