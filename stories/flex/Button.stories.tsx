import { Box, Button, Uri } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';

export default { title: 'Flex/Button' } satisfies Meta;

export const Buttons = story(
  ({ color }: { color: string }) => (
    <InBubble>
      <Button style="primary" action={<Uri label="primary (md, 52px)" uri="https://shop.example.com" />} />
      <Button style="secondary" margin="sm" action={<Uri label="secondary" uri="https://shop.example.com" />} />
      <Button style="link" action={<Uri label="link (default)" uri="https://shop.example.com" />} />
      <Button
        style="primary"
        height="sm"
        color={color}
        margin="sm"
        action={<Uri label="primary, sm (40px), custom colour" uri="https://shop.example.com" />}
      />
      <Box layout="horizontal" spacing="sm" margin="sm">
        <Button style="secondary" height="sm" action={<Uri label="Left" uri="https://shop.example.com" />} />
        <Button style="secondary" height="sm" action={<Uri label="Right" uri="https://shop.example.com" />} />
      </Box>
    </InBubble>
  ),
  { args: { color: '#905c44' }, argTypes: { color: { control: 'color' } } },
);
