import { Body, Bubble, Flex, Hero, Image, Text, Uri } from '@linejsx/jsx';

// A bare bubble, as LINE's Flex Message Simulator exports it: it is wrapped in <Flex> to make a
// message, whose altText (what notifications and the chat list show) was given.
export function Imported() {
  return (
    <Flex altText="Imported flex">
      <Bubble size="nano">
        <Hero>
          <Image
            url="https://via.placeholder.com/1024x1024"
            size="full"
            aspectRatio="4:3"
            action={<Uri uri="http://linecorp.com/" />}
          />
        </Hero>
        <Body paddingAll="10px">
          <Text
            contents={[
              { type: 'span', text: 'hello', color: '#FF0000' },
              { type: 'span', text: 'world', color: '#0000FF' },
            ]}
          >
            hello
          </Text>
        </Body>
      </Bubble>
    </Flex>
  );
}
