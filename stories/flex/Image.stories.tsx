import { Box, Image, Text } from '@linejsx/jsx';
import { IMAGE_SIZE_KEYWORDS } from '@linejsx/schema';
import { ASPECT_RATIOS, story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';
import { PHOTO } from '../support/media.ts';

export default { title: 'Flex/Image' } satisfies Meta;

type Size = (typeof IMAGE_SIZE_KEYWORDS)[number];

export const Playground = story(
  (args: { size: Size; aspectRatio: string; aspectMode: 'fit' | 'cover'; align: 'start' | 'center' | 'end'; backgroundColor: string }) => (
    <InBubble>
      <Image
        url={PHOTO.food}
        size={args.size}
        aspectRatio={args.aspectRatio as `${number}:${number}`}
        aspectMode={args.aspectMode}
        align={args.align}
        backgroundColor={args.backgroundColor}
      />
    </InBubble>
  ),
  {
    args: { size: 'full', aspectRatio: '20:13', aspectMode: 'cover', align: 'center', backgroundColor: '#dfe3ea' },
    argTypes: {
      size: { control: 'select', options: [...IMAGE_SIZE_KEYWORDS] },
      aspectRatio: { control: 'select', options: [...ASPECT_RATIOS] },
      aspectMode: { control: 'inline-radio', options: ['fit', 'cover'] },
      align: { control: 'inline-radio', options: ['start', 'center', 'end'] },
      backgroundColor: { control: 'color' },
    },
  },
);

export const Sizes = story(() => (
  <InBubble>
    {(['xxs', 'xs', 'sm', 'md', 'lg', 'xl'] as const).map((size) => (
      <Box layout="horizontal" margin="sm">
        <Text size="xs" flex={0} color="#999999">
          {size}
        </Text>
        <Image url={PHOTO.cafe} size={size} aspectMode="cover" align="start" />
      </Box>
    ))}
  </InBubble>
));

/** fit letterboxes over the background colour; cover fills and crops. */
export const FitAndCover = story(() => (
  <InBubble>
    <Box layout="horizontal" spacing="md">
      <Image url={PHOTO.shirt} aspectRatio="1:1" aspectMode="fit" backgroundColor="#222222" size="full" />
      <Image url={PHOTO.shirt} aspectRatio="1:1" aspectMode="cover" size="full" />
    </Box>
  </InBubble>
));
