import {
  Body,
  Box,
  Bubble,
  Carousel,
  Filler,
  Flex,
  Icon,
  Image,
  Postback,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="0056 Stock Menu">
      <Carousel>
        <Bubble>
          <Body paddingAll="0px">
            <Image
              url="https://imgur.com/lvTvZ6Z.png"
              size="full"
              aspectMode="cover"
              aspectRatio="15:19"
              gravity="top"
            />
            <Box
              position="absolute"
              paddingAll="70px"
              paddingTop="115px"
              paddingEnd="75px"
              background={{
                type: 'linearGradient',
                angle: '110deg',
                endColor: '#3c389999',
                centerColor: '#3c389955',
                startColor: '#3c3899aa',
                centerPosition: '65%',
              }}
              offsetEnd="0px"
              offsetBottom="0px"
              offsetStart="0px"
              offsetTop="0px"
            >
              <Box
                borderWidth="1.5px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#5e50ff"
                backgroundColor="#DEDAFBaa"
                margin="md"
                height="45px"
                action={<Postback label="stock market" data="0056 market" />}
              >
                <Filler />
                <Box layout="baseline" spacing="sm" paddingStart="lg">
                  <Icon url="https://img.icons8.com/nolan/344/stock-share.png" />
                  <Text color="#3c3899" flex={0} offsetTop="-2px">即時股市行情</Text>
                </Box>
                <Filler />
              </Box>
              <Box
                borderWidth="1.5px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#5e50ff"
                backgroundColor="#DEDAFBaa"
                margin="md"
                height="45px"
                action={<Postback label="stock news" data="0056 news" />}
              >
                <Filler />
                <Box layout="baseline" spacing="sm" paddingStart="lg">
                  <Icon url="https://img.icons8.com/nolan/344/card-exchange.png" />
                  <Text color="#3c3899" flex={0} offsetTop="-2px">個股新聞</Text>
                </Box>
                <Filler />
              </Box>
              <Box
                borderWidth="1.5px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#5e50ff"
                backgroundColor="#DEDAFBaa"
                margin="md"
                height="45px"
              >
                <Filler />
                <Box
                  layout="baseline"
                  spacing="sm"
                  paddingStart="lg"
                  action={
                    <Uri
                      label="stock history"
                      uri="https://www.google.com/finance/quote/0056:TPE?window=MAX"
                    />
                  }
                >
                  <Icon url="https://img.icons8.com/nolan/344/pay-date.png" />
                  <Text color="#3c3899" flex={0} offsetTop="-2px">歷史走勢</Text>
                </Box>
                <Filler />
              </Box>
              <Box
                borderWidth="1.5px"
                cornerRadius="4px"
                spacing="sm"
                borderColor="#5e50ff"
                backgroundColor="#DEDAFBaa"
                margin="md"
                height="45px"
                action={<Postback label="Instructions" data="Instructions" />}
              >
                <Filler />
                <Box layout="baseline" spacing="sm" paddingStart="lg">
                  <Icon url="https://img.icons8.com/nolan/344/stock-share.png" />
                  <Text color="#3c3899" flex={0} offsetTop="-2px">使用說明</Text>
                </Box>
                <Filler />
              </Box>
            </Box>
            <Box
              position="absolute"
              cornerRadius="15px"
              backgroundColor="#5e50ffbb"
              offsetTop="70px"
              paddingAll="xs"
              paddingStart="md"
              paddingEnd="md"
              offsetStart="123px"
              width="119px"
            >
              <Text
                color="#dcedfb"
                align="center"
                gravity="center"
                wrap={false}
                adjustMode="shrink-to-fit"
                size="lg"
              >
                0056
              </Text>
            </Box>
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
