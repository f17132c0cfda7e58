import { Box, Icon, Text } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';
import { PHOTO, STAR } from '../support/media.ts';

export default { title: 'Flex/Icon' } satisfies Meta;

/** Icons sit on the text baseline by their bottom edge; aspectRatio makes them wider. */
export const Icons = story(() => (
  <InBubble>
    <Box layout="baseline" spacing="xs">
      {[1, 2, 3, 4].map(() => (
        <Icon url={STAR.gold} size="sm" />
      ))}
      <Icon url={STAR.gray} size="sm" />
      <Text size="sm" color="#999999" margin="md">
        4.0
      </Text>
    </Box>
    <Box layout="baseline" margin="md" spacing="sm">
      <Icon url={PHOTO.logo} size="xl" aspectRatio="2:1" />
      <Text size="xl">Large icon, 2:1</Text>
    </Box>
  </InBubble>
));
