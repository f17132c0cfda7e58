import type { Meta } from '@storybook/html-vite';
import { Body, Box, Bubble, Button, Filler, Flex, Hero, Icon, Image, Separator, Text, Uri, Video } from '@linejsx/jsx';
import { InBubble } from '../support/bubble.tsx';
import { PHOTO, STAR } from '../support/media.ts';
import { story } from '../support/story.ts';

export default { title: 'Flex/Icon, Button, Separator, Filler, Video' } satisfies Meta;

/** Icons sit on the text baseline by their bottom edge; aspectRatio makes them wider. */
export const Icons = story(() => (
  <InBubble>
    <Box layout="baseline" spacing="xs">
      {[1, 2, 3, 4].map(() => <Icon url={STAR.gold} size="sm" />)}
      <Icon url={STAR.gray} size="sm" />
      <Text size="sm" color="#999999" margin="md">4.0</Text>
    </Box>
    <Box layout="baseline" margin="md" spacing="sm">
      <Icon url={PHOTO.logo} size="xl" aspectRatio="2:1" />
      <Text size="xl">Large icon, 2:1</Text>
    </Box>
  </InBubble>
));

export const Buttons = story(
  ({ color }: { color: string }) => (
    <InBubble>
      <Button style="primary" action={<Uri label="primary (md, 52px)" uri="https://shop.example.com" />} />
      <Button style="secondary" margin="sm" action={<Uri label="secondary" uri="https://shop.example.com" />} />
      <Button style="link" action={<Uri label="link (default)" uri="https://shop.example.com" />} />
      <Button style="primary" height="sm" color={color} margin="sm" action={<Uri label="primary, sm (40px), custom colour" uri="https://shop.example.com" />} />
      <Box layout="horizontal" spacing="sm" margin="sm">
        <Button style="secondary" height="sm" action={<Uri label="Left" uri="https://shop.example.com" />} />
        <Button style="secondary" height="sm" action={<Uri label="Right" uri="https://shop.example.com" />} />
      </Box>
    </InBubble>
  ),
  { args: { color: '#905c44' }, argTypes: { color: { control: 'color' } } },
);

export const Separators = story(() => (
  <InBubble>
    <Text>Above</Text>
    <Separator margin="md" />
    <Text margin="md">Below a default separator</Text>
    <Separator margin="md" color="#06c755" />
    <Box layout="horizontal" margin="md" spacing="md">
      <Text>Left</Text>
      <Separator color="#e5484d" />
      <Text>Right</Text>
    </Box>
  </InBubble>
));

export const Fillers = story(() => (
  <InBubble>
    <Box layout="horizontal">
      <Text flex={0}>Left</Text>
      <Filler />
      <Text flex={0}>Right</Text>
    </Box>
    <Box layout="horizontal" margin="md">
      <Filler flex={2} />
      <Text flex={1} align="center" color="#ffffff" weight="bold">1/3</Text>
      <Filler />
    </Box>
  </InBubble>
));

export const HeroVideo = story(() => (
  <Flex altText="Video">
    <Bubble size="mega">
      <Hero>
        <Video url="https://videos.example.com/latte-art.mp4" previewUrl={PHOTO.cafe} aspectRatio="16:9" altContent={<Image url={PHOTO.cafe} size="full" aspectRatio="16:9" aspectMode="cover" />} action={<Uri label="More videos" uri="https://shop.example.com/videos" />} />
      </Hero>
      <Body><Text weight="bold">Latte art in 30 seconds</Text></Body>
    </Bubble>
  </Flex>
));
