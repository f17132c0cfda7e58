import { Box, Filler, Text } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';

export default { title: 'Flex/Filler' } satisfies Meta;

export const Fillers = story(() => (
  <InBubble>
    <Box layout="horizontal">
      <Text flex={0}>Left</Text>
      <Filler />
      <Text flex={0}>Right</Text>
    </Box>
    <Box layout="horizontal" margin="md">
      <Filler flex={2} />
      <Text flex={1} align="center" color="#ffffff" weight="bold">
        1/3
      </Text>
      <Filler />
    </Box>
  </InBubble>
));
