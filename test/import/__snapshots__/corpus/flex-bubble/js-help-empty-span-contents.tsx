import { Body, Box, Bubble, Flex, Header, Separator, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="bot指令表">
      <Bubble direction="ltr">
        <Header layout="horizontal">
          <Text weight="bold" size="sm" color="#AAAAAA" contents={[]}>bot指令</Text>
        </Header>
        <Body layout="horizontal" spacing="md">
          <Box flex={2}>
            <Text size="md" flex={1} gravity="top" contents={[]}>你好</Text>
            <Separator />
            <Text size="md" flex={2} gravity="center" contents={[]}>菜單</Text>
            <Separator />
            <Text size="md" flex={2} gravity="center" contents={[]}>客服</Text>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
