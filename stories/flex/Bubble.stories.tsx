import { Body, Bubble, Button, Flex, Footer, Header, Hero, Image, Text, Uri } from '@linejsx/jsx';
import { BUBBLE_SIZES } from '@linejsx/schema';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { expect } from 'storybook/test';
import { PHOTO } from '../support/media.ts';

export default { title: 'Flex/Bubble' } satisfies Meta;

type Size = (typeof BUBBLE_SIZES)[number];

/** Every block with LINE's default paddings; pick a size to see its width and paddings change. */
export const AllBlocks = story(
  ({ size, separators }: { size: Size; separators: boolean }) => (
    <Flex altText="Bubble">
      <Bubble size={size} styles={{ footer: { separator: separators }, body: { separator: separators } }}>
        <Header>
          <Text weight="bold" color="#1db446" size="sm">
            HEADER
          </Text>
        </Header>
        <Hero>
          <Image url={PHOTO.cafe} size="full" aspectRatio="20:13" aspectMode="cover" />
        </Hero>
        <Body>
          <Text weight="bold" size="xl" wrap>
            Body
          </Text>
          <Text size="sm" color="#999999" wrap>
            Default paddings per size
          </Text>
        </Body>
        <Footer>
          <Button style="primary" height="sm" action={<Uri label="Footer" uri="https://shop.example.com" />} />
        </Footer>
      </Bubble>
    </Flex>
  ),
  { args: { size: 'mega', separators: true }, argTypes: { size: { control: 'select', options: [...BUBBLE_SIZES] } } },
);

/** nano … giga in the chat (a wide phone, from the toolbar, shows giga at its full 500px). */
export const Sizes = story(
  () => (
    <>
      {(['nano', 'micro', 'kilo', 'mega', 'giga'] as const).map((size) => (
        <Flex altText={size}>
          <Bubble size={size}>
            <Body>
              <Text weight="bold">{size}</Text>
            </Body>
          </Bubble>
        </Flex>
      ))}
    </>
  ),
  {
    check: async (canvas) => {
      const widths = [...canvas.querySelectorAll('.lj-bubble')].map((bubble) => bubble.getBoundingClientRect().width);
      await expect(widths.slice(0, 4)).toEqual([120, 160, 260, 300]);
    },
  },
);

export const BlockStyles = story(() => (
  <Flex altText="Styles">
    <Bubble
      styles={{
        header: { backgroundColor: '#27ACB2' },
        body: { backgroundColor: '#f4fbfb', separator: true, separatorColor: '#27ACB2' },
        footer: { separator: true },
      }}
    >
      <Header>
        <Text color="#ffffff" weight="bold">
          Coloured header
        </Text>
      </Header>
      <Body>
        <Text>Body with its own colour and a separator above</Text>
      </Body>
      <Footer>
        <Button action={<Uri label="Footer link" uri="https://shop.example.com" />} />
      </Footer>
    </Bubble>
  </Flex>
));

export const RightToLeft = story(() => (
  <Flex altText="RTL">
    <Bubble direction="rtl">
      <Body>
        <Text weight="bold">مرحبا بكم في المقهى</Text>
        <Text size="sm">Start and end flip under rtl</Text>
      </Body>
    </Bubble>
  </Flex>
));
