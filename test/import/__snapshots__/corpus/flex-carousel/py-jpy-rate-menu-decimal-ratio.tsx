import { Bubble, Button, Carousel, Flex, Footer, Hero, Image, MessageAction } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="主選單">
      <Carousel>
        <Bubble>
          <Hero>
            <Image
              url="https://i.imgur.com/lFq9NTg.jpg"
              size="full"
              aspectMode="fit"
              aspectRatio="1.25:1"
            />
          </Hero>
          <Footer spacing="lg">
            <Button
              height="md"
              color="#ff9900"
              style="primary"
              action={<MessageAction label="介紹與說明" text="功能介紹與說明" />}
            />
          </Footer>
        </Bubble>
        <Bubble>
          <Hero>
            <Image
              url="https://i.imgur.com/V2tkpQb.png"
              size="full"
              aspectMode="fit"
              aspectRatio="1.25:1"
            />
          </Hero>
          <Footer spacing="lg">
            <Button
              height="md"
              color="#ff6666"
              style="primary"
              action={<MessageAction label="即時查詢" text="查詢即時匯率" />}
            />
          </Footer>
        </Bubble>
        <Bubble>
          <Hero>
            <Image
              url="https://i.imgur.com/nQaCDXh.png"
              size="full"
              aspectMode="fit"
              aspectRatio="1.25:1"
            />
          </Hero>
          <Footer spacing="lg">
            <Button
              height="md"
              color="#ff66b3"
              style="primary"
              action={<MessageAction label="近期趨勢圖" text="查詢趨勢走向" />}
            />
          </Footer>
        </Bubble>
        <Bubble>
          <Hero>
            <Image
              url="https://i.imgur.com/UrSkoW4.png"
              size="full"
              aspectMode="fit"
              aspectRatio="1.25:1"
            />
          </Hero>
          <Footer spacing="lg">
            <Button
              height="md"
              color="#b366ff"
              style="primary"
              action={<MessageAction label="推薦與否" text="是否推薦兌幣" />}
            />
          </Footer>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
