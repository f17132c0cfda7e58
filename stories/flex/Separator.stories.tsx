import { Box, Separator, Text } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';

export default { title: 'Flex/Separator' } satisfies Meta;

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
