import { Bubble, Button, Carousel, Flex, Footer, Hero, Image, MessageAction } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="趨勢圖">
      <Carousel>
        <Bubble size="giga">
          <Hero>
            <Image
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/01_1_cafe.png"
              aspectMode="fit"
              size="full"
            />
          </Hero>
          <Footer spacing="lg">
            <Button
              height="md"
              color="#5cd65c"
              style="primary"
              action={<MessageAction label="查詢其他趨勢" text="查詢趨勢走向" />}
            />
            <Button
              height="md"
              color="#00cc66"
              style="primary"
              action={<MessageAction label="結束本次操作" text="結束本次操作" />}
            />
          </Footer>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
