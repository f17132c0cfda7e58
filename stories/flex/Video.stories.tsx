import { Body, Bubble, Flex, Hero, Image, Text, Uri, Video } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Flex/Video (hero)' } satisfies Meta;

export const HeroVideo = story(() => (
  <Flex altText="Video">
    <Bubble size="mega">
      <Hero>
        <Video
          url="https://videos.example.com/latte-art.mp4"
          previewUrl={PHOTO.cafe}
          aspectRatio="16:9"
          altContent={<Image url={PHOTO.cafe} size="full" aspectRatio="16:9" aspectMode="cover" />}
          action={<Uri label="More videos" uri="https://shop.example.com/videos" />}
        />
      </Hero>
      <Body>
        <Text weight="bold">Latte art in 30 seconds</Text>
      </Body>
    </Bubble>
  </Flex>
));
