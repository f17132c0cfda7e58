/** `<Raw>`: LINE JSON written as it is, in each place it can go; validated like the rest. */

import { Body, Box, Bubble, Button, Flex, Raw, Text } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';
import { PHOTO } from '../support/media.ts';

export default { title: 'Raw/Raw' } satisfies Meta;

/** A message stored elsewhere (say, by a backend), edited as JSON in the controls, after a component message. */
export const AsMessage = story(
  ({ json }: { json: unknown }) => (
    <>
      <Text>Here is your ticket</Text>
      <Raw json={json} />
    </>
  ),
  {
    args: {
      json: {
        type: 'flex',
        altText: 'Ticket NH26-C14',
        contents: {
          type: 'bubble',
          size: 'kilo',
          hero: { type: 'image', url: PHOTO.street, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
          body: {
            type: 'box',
            layout: 'vertical',
            contents: [
              { type: 'text', text: 'Neon Harbor Live', weight: 'bold', size: 'lg' },
              { type: 'text', text: 'Gate C · Row 14 · Seat 27', size: 'sm', color: '#8a8aa3' },
            ],
          },
        },
      },
    },
    argTypes: { json: { control: 'object' } },
  },
);

/** Flex components written as JSON among components: a text and a box. */
export const InsideABox = story(() => (
  <InBubble>
    <Text weight="bold">Written with components</Text>
    <Raw json={{ type: 'text', text: 'Written as JSON', color: '#06c755', margin: 'md' }} />
    <Box layout="horizontal" margin="md">
      <Raw
        json={{
          type: 'box',
          layout: 'vertical',
          backgroundColor: '#eef2f6',
          cornerRadius: 'md',
          paddingAll: 'md',
          contents: [{ type: 'text', text: 'A JSON box', size: 'sm' }],
        }}
      />
    </Box>
  </InBubble>
));

/** An action written as JSON: a button's action. */
export const AsAction = story(() => (
  <Flex altText="Order">
    <Bubble>
      <Body>
        <Text>Your order is ready.</Text>
        <Button
          style="primary"
          margin="md"
          action={<Raw json={{ type: 'uri', label: 'View order', uri: 'https://shop.example.com/orders/A-10482' }} />}
        />
      </Body>
    </Bubble>
  </Flex>
));

/** JSON is validated like everything else: a size LINE does not know and an http image are reported at their paths. */
export const Invalid = story(
  () => (
    <InBubble>
      <Raw json={{ type: 'text', text: 'Big', size: 'huge' }} />
      <Raw json={{ type: 'image', url: 'http://images.example.com/not-https.jpg' }} />
    </InBubble>
  ),
  { problems: 2 },
);
