import { Body, Bubble, Flex, Image } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="AzSticker">
      <Bubble>
        <Body>
          <Image
            url="https://stickershop.line-scdn.net/products/0/0/1/19134836/android/animation/492435199.png"
            size="full"
            animated
          />
        </Body>
      </Bubble>
    </Flex>
  );
}
