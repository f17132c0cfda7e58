import { Body, Box, Bubble, Carousel, Filler, Flex, Icon, Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Apparel">
      <Carousel>
        <Bubble>
          <Body paddingAll="0px">
            <Image
              url="https://developers-resource.landpress.line.me/fx/clip/clip1.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="2:3"
              gravity="top"
            />
            <Box
              position="absolute"
              offsetBottom="0px"
              offsetStart="0px"
              offsetEnd="0px"
              backgroundColor="#03303Acc"
              paddingAll="20px"
              paddingTop="18px"
            >
              <Box>
                <Text size="xl" color="#ffffff" weight="bold">Brown's T-shirts</Text>
              </Box>
              <Box layout="baseline" spacing="lg">
                <Text color="#ebebeb" size="sm" flex={0}>¥35,800</Text>
                <Text
                  color="#ffffffcc"
                  decoration="line-through"
                  gravity="bottom"
                  flex={0}
                  size="sm"
                >
                  ¥75,000
                </Text>
              </Box>
              <Box
                borderWidth="1px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#ffffff"
                margin="xxl"
                height="40px"
              >
                <Filler />
                <Box layout="baseline" spacing="sm">
                  <Filler />
                  <Icon url="https://developers-resource.landpress.line.me/fx/clip/clip14.png" />
                  <Text color="#ffffff" flex={0} offsetTop="-2px">Add to cart</Text>
                  <Filler />
                </Box>
                <Filler />
              </Box>
            </Box>
            <Box
              position="absolute"
              cornerRadius="20px"
              offsetTop="18px"
              backgroundColor="#ff334b"
              offsetStart="18px"
              height="25px"
              width="53px"
            >
              <Text color="#ffffff" align="center" size="xs" offsetTop="3px">SALE</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble>
          <Body paddingAll="0px">
            <Image
              url="https://developers-resource.landpress.line.me/fx/clip/clip2.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="2:3"
              gravity="top"
            />
            <Box
              position="absolute"
              offsetBottom="0px"
              offsetStart="0px"
              offsetEnd="0px"
              backgroundColor="#9C8E7Ecc"
              paddingAll="20px"
              paddingTop="18px"
            >
              <Box>
                <Text size="xl" color="#ffffff" weight="bold">Cony's T-shirts</Text>
              </Box>
              <Box layout="baseline" spacing="lg">
                <Text color="#ebebeb" size="sm" flex={0}>¥35,800</Text>
                <Text
                  color="#ffffffcc"
                  decoration="line-through"
                  gravity="bottom"
                  flex={0}
                  size="sm"
                >
                  ¥75,000
                </Text>
              </Box>
              <Box
                borderWidth="1px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#ffffff"
                margin="xxl"
                height="40px"
              >
                <Filler />
                <Box layout="baseline" spacing="sm">
                  <Filler />
                  <Icon url="https://developers-resource.landpress.line.me/fx/clip/clip14.png" />
                  <Text color="#ffffff" flex={0} offsetTop="-2px">Add to cart</Text>
                  <Filler />
                </Box>
                <Filler />
              </Box>
            </Box>
            <Box
              position="absolute"
              cornerRadius="20px"
              offsetTop="18px"
              backgroundColor="#ff334b"
              offsetStart="18px"
              height="25px"
              width="53px"
            >
              <Text color="#ffffff" align="center" size="xs" offsetTop="3px">SALE</Text>
            </Box>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
