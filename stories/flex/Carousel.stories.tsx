import { Body, Bubble, Button, Carousel, Flex, Footer, Hero, Image, Text, Uri } from '@linejsx/jsx';
import { BUBBLE_SIZES } from '@linejsx/schema';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Flex/Carousel' } satisfies Meta;

type Size = (typeof BUBBLE_SIZES)[number];
const items = [
  { name: 'Latte', text: 'Double shot', image: PHOTO.cafe },
  { name: 'Pancakes', text: 'Soufflé pancakes with seasonal fruit, maple syrup and whipped butter', image: PHOTO.food },
  { name: 'T-shirt', text: 'Limited', image: PHOTO.shirt },
];

/** Scroll sideways; each bubble is 80% of the screen up to its size; bodies stretch to the tallest. */
export const Products = story(
  ({ size }: { size: Size }) => (
    <Flex altText="Products">
      <Carousel>
        {items.map((item) => (
          <Bubble size={size}>
            <Hero>
              <Image url={item.image} size="full" aspectRatio="20:13" aspectMode="cover" />
            </Hero>
            <Body>
              <Text weight="bold" size="lg">
                {item.name}
              </Text>
              <Text wrap size="sm" color="#666666">
                {item.text}
              </Text>
            </Body>
            <Footer>
              <Button style="primary" height="sm" action={<Uri label="Buy" uri="https://shop.example.com" />} />
            </Footer>
          </Bubble>
        ))}
      </Carousel>
    </Flex>
  ),
  { args: { size: 'kilo' }, argTypes: { size: { control: 'select', options: [...BUBBLE_SIZES] } } },
);
