import { Body, Box, Bubble, Button, Flex, Footer, Separator, Text, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="每日營運簡報">
      <Bubble>
        <Body paddingAll="xl">
          <Text weight="bold" size="lg" color="#111111">📈 每日營運簡報</Text>
          <Text size="xs" color="#aaaaaa" margin="xs">日期：2025/05/04</Text>
          <Separator margin="lg" />
          <Box layout="horizontal" margin="lg">
            <Box flex={1} alignItems="center">
              <Text size="xs" color="#888888">今日訂單</Text>
              <Text size="xl" color="#06C755" weight="bold" margin="sm">128</Text>
            </Box>
            <Box flex={1} alignItems="center">
              <Text size="xs" color="#888888">銷售額</Text>
              <Text size="xl" color="#111111" weight="bold" margin="sm">$15k</Text>
            </Box>
            <Box flex={1} alignItems="center">
              <Text size="xs" color="#888888">新增用戶</Text>
              <Text size="xl" color="#3b82f6" weight="bold" margin="sm">+45</Text>
            </Box>
          </Box>
        </Body>
        <Footer paddingAll="lg" flex={0}>
          <Button
            style="secondary"
            height="sm"
            action={<Uri label="查看完整報表" uri="https://line.me/" />}
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
