import { Body, Box, Bubble, Flex, Footer, Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="ダミーメッセージ">
      <Bubble>
        <Body paddingAll="0px">
          <Box paddingAll="20px" paddingBottom="0px">
            <Text size="md" color="#666666" wrap margin="md">
              これはダミーのテキストです。ここに文章が入ります。これはダミーのテキストです。ここに文章が入ります。これはダミーのテキストです。ここに文章が入ります。これはダミーのテキストです。ここに文章が入ります。
            </Text>
          </Box>
          <Image
            url="https://test-liff-nu.vercel.app/images/sample_fukidashi.png"
            size="full"
            aspectMode="cover"
            margin="none"
          />
        </Body>
        <Footer paddingAll="0px" />
      </Bubble>
    </Flex>
  );
}
