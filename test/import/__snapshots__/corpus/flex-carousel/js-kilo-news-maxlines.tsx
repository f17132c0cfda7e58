import { Body, Box, Bubble, Carousel, Flex, Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="News">
      <Carousel>
        <Bubble size="kilo">
          <Body paddingAll="0px">
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip1.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="1:1"
              gravity="top"
            />
            <Box
              position="absolute"
              offsetStart="0px"
              offsetEnd="0px"
              backgroundColor="#eaf3faee"
              paddingAll="3px"
              offsetTop="0px"
              paddingStart="17px"
              paddingEnd="17px"
            >
              <Box layout="baseline" spacing="md">
                <Text color="#064d8888" size="sm" flex={0}>time</Text>
                <Text color="#8c8c8c" size="xl" flex={0}>|</Text>
                <Text size="md" color="#064d88" weight="bold" maxLines={2} wrap>
                  News Title XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
                </Text>
              </Box>
            </Box>
          </Body>
        </Bubble>
        <Bubble size="kilo">
          <Body paddingAll="0px">
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip1.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="1:1"
              gravity="top"
            />
            <Box
              position="absolute"
              offsetStart="0px"
              offsetEnd="0px"
              backgroundColor="#eaf3faee"
              paddingAll="3px"
              offsetTop="0px"
              paddingStart="17px"
              paddingEnd="17px"
            >
              <Box layout="baseline" spacing="md">
                <Text color="#064d8888" size="sm" flex={0}>time</Text>
                <Text color="#8c8c8c" size="xl" flex={0}>|</Text>
                <Text size="md" color="#064d88" weight="bold" maxLines={2} wrap>
                  News Title XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
                </Text>
              </Box>
            </Box>
          </Body>
        </Bubble>
        <Bubble size="kilo">
          <Body paddingAll="0px">
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip1.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="1:1"
              gravity="top"
            />
            <Box
              position="absolute"
              offsetStart="0px"
              offsetEnd="0px"
              backgroundColor="#eaf3faee"
              paddingAll="3px"
              offsetTop="0px"
              paddingStart="17px"
              paddingEnd="17px"
            >
              <Box layout="baseline" spacing="md">
                <Text color="#064d8888" size="sm" flex={0}>time</Text>
                <Text color="#8c8c8c" size="xl" flex={0}>|</Text>
                <Text size="md" color="#064d88" weight="bold" maxLines={2} wrap>
                  News Title XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
                </Text>
              </Box>
            </Box>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
