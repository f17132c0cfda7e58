import { Body, Box, Bubble, Flex, Header, Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Cony Residence">
      <Bubble>
        <Header paddingAll="0px">
          <Box layout="horizontal">
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip4.jpg"
              size="full"
              aspectMode="cover"
              aspectRatio="150:196"
              gravity="center"
              flex={1}
            />
            <Box flex={1}>
              <Image
                url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip5.jpg"
                size="full"
                aspectMode="cover"
                aspectRatio="150:98"
                gravity="center"
              />
              <Image
                url="https://scdn.line-apps.com/n/channel_devcenter/img/flexsnapshot/clip/clip6.jpg"
                size="full"
                aspectMode="cover"
                aspectRatio="150:98"
                gravity="center"
              />
            </Box>
            <Box
              layout="horizontal"
              backgroundColor="#EC3D44"
              paddingAll="2px"
              paddingStart="4px"
              paddingEnd="4px"
              flex={0}
              position="absolute"
              offsetStart="18px"
              offsetTop="18px"
              cornerRadius="100px"
              width="48px"
              height="25px"
            >
              <Text size="xs" color="#ffffff" align="center" gravity="center">NEW</Text>
            </Box>
          </Box>
        </Header>
        <Body paddingAll="20px" backgroundColor="#464F69">
          <Box>
            <Box spacing="sm">
              <Text size="xl" wrap color="#ffffff" weight="bold">Cony Residence</Text>
              <Text color="#ffffffcc" size="sm">3 Bedrooms, ¥35,000</Text>
            </Box>
            <Box paddingAll="13px" backgroundColor="#ffffff1A" cornerRadius="2px" margin="xl">
              <Box>
                <Text size="sm" wrap color="#ffffffde">
                  Private Pool, Delivery box, Floor heating, Private Cinema
                </Text>
              </Box>
            </Box>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
