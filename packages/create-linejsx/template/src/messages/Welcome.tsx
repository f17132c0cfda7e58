import { Body, Bubble, Button, Flex, Hero, Image, Text, Uri } from '@linejsx/jsx';

export interface WelcomeProps {
  readonly name: string;
  readonly url: string;
}

export function Welcome({ name, url }: WelcomeProps) {
  return (
    <Flex altText={`Welcome, ${name}!`}>
      <Bubble>
        <Hero>
          <Image url="https://developers-resource.landpress.line.me/fx/clip/clip3.jpg" size="full" aspectRatio="20:13" aspectMode="cover" />
        </Hero>
        <Body spacing="md">
          <Text weight="bold" size="xl">
            Welcome, {name}!
          </Text>
          <Text wrap>Your first coffee is on us.</Text>
          <Button style="primary" action={<Uri label="Claim the coffee" uri={url} />} />
        </Body>
      </Bubble>
    </Flex>
  );
}

// The props `linejsx` renders and sends it with (or give --props '{"name":"Sally",…}'), and the story's.
Welcome.sample = { name: 'Cony', url: 'https://example.com/welcome' } satisfies WelcomeProps;
