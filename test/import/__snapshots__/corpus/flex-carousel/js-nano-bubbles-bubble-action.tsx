import { Body, Box, Bubble, Carousel, Flex, Icon, Image, Postback, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="股票選單">
      <Carousel>
        <Bubble
          size="nano"
          action={<Postback label="歷史走勢" data="hello" displayText="歷史走勢" />}
        >
          <Body paddingAll="0px" justifyContent="center">
            <Image
              url="https://i.imgur.com/vlu1wnz.png"
              size="full"
              aspectMode="cover"
              aspectRatio="35:11"
              gravity="top"
            />
            <Box
              layout="baseline"
              position="absolute"
              paddingAll="xl"
              offsetStart="xs"
              paddingTop="xxl"
            >
              <Icon url="https://img.icons8.com/nolan/2x/combo-chart.png" />
              <Text color="#1a2a62" align="center" size="md" margin="md">歷史走勢</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble
          size="nano"
          action={<Postback label="即時走勢" data="hello" displayText="即時走勢" />}
        >
          <Body paddingAll="0px" justifyContent="center">
            <Image
              url="https://i.imgur.com/vlu1wnz.png"
              size="full"
              aspectMode="cover"
              aspectRatio="35:11"
              gravity="top"
            />
            <Box
              layout="baseline"
              position="absolute"
              paddingAll="xl"
              offsetStart="xs"
              paddingTop="xxl"
            >
              <Icon url="https://img.icons8.com/nolan/2x/improvement.png" />
              <Text color="#1a2a62" align="center" size="md" margin="md">即時走勢</Text>
            </Box>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
