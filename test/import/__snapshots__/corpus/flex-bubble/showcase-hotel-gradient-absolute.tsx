import { Body, Box, Bubble, Flex, Icon, Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Brown Grand Hotel">
      <Bubble>
        <Body paddingAll="0px">
          <Image
            url="https://developers-resource.landpress.line.me/fx/clip/clip3.jpg"
            size="full"
            aspectMode="cover"
            aspectRatio="1:1"
            gravity="center"
          />
          <Box
            position="absolute"
            background={{
              type: 'linearGradient',
              angle: '0deg',
              endColor: '#00000000',
              startColor: '#00000099',
            }}
            width="100%"
            height="40%"
            offsetBottom="0px"
            offsetStart="0px"
            offsetEnd="0px"
          />
          <Box
            layout="horizontal"
            position="absolute"
            offsetBottom="0px"
            offsetStart="0px"
            offsetEnd="0px"
            paddingAll="20px"
          >
            <Box spacing="xs">
              <Box layout="horizontal">
                <Text size="xl" color="#ffffff">Brown Grand Hotel</Text>
              </Box>
              <Box layout="baseline" spacing="xs">
                <Icon url="https://developers-resource.landpress.line.me/fx/img/review_gold_star_28.png" />
                <Icon url="https://developers-resource.landpress.line.me/fx/img/review_gold_star_28.png" />
                <Icon url="https://developers-resource.landpress.line.me/fx/img/review_gold_star_28.png" />
                <Icon url="https://developers-resource.landpress.line.me/fx/img/review_gold_star_28.png" />
                <Icon url="https://developers-resource.landpress.line.me/fx/img/review_gray_star_28.png" />
                <Text color="#a9a9a9">4.0</Text>
              </Box>
              <Box layout="horizontal">
                <Box layout="baseline" flex={0} spacing="lg">
                  <Text color="#ffffff" size="md" flex={0} align="end">¥62,000</Text>
                  <Text color="#a9a9a9" decoration="line-through" size="sm" align="end">
                    ¥82,000
                  </Text>
                </Box>
              </Box>
            </Box>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
