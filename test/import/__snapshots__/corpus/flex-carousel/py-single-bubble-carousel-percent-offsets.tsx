import { Body, Bubble, Carousel, Flex, Footer, Header, Separator, Text, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Korin Bot 主選單">
      <Carousel>
        <Bubble>
          <Header>
            <Text align="center" color="#750000" size="xxl" weight="bold">Korin Bot(主選單)</Text>
            <Separator color="#272727" />
          </Header>
          <Body margin="none" spacing="none" offsetTop="-20%">
            <Text size="xl" weight="bold">簡介:</Text>
            <Text color="#000000" weight="bold">輸入instruction列出當下能下的指令</Text>
            <Text size="md" color="#000000" weight="bold">輸入fsm取得狀態機結構圖</Text>
            <Separator color="#750000" margin="xs" />
          </Body>
          <Footer offsetTop="-20%" offsetStart="3%">
            <Text size="xl" weight="bold">紀錄:</Text>
            <Text size="md" margin="xs" color="#000000" weight="bold">一些用到的工具</Text>
            <Text size="sm">Selenium、Heroku、Flask、transitions</Text>
            <Text size="md" color="#000000" weight="bold">透過圖片代理解決pixiv圖源禁止外連</Text>
            <Text size="sm" action={<Uri label="action" uri="https://pixiv.cat/" />}>
              src : https://pixiv.cat/
            </Text>
            <Text color="#000000" weight="bold" size="md">Source Code</Text>
            <Text
              size="sm"
              action={<Uri label="action" uri="https://github.com/Korin777/TOC-Project-2020" />}
            >
              https://github.com/Korin777/TOC-Project-2020
            </Text>
          </Footer>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
