import { Buttons, Carousel, Column, Confirm, DatetimePicker, Image, ImageCarousel, MessageAction, Postback, Uri } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Messages/Templates' } satisfies Meta;

export const ButtonsTemplate = story(
  ({
    title,
    text,
    imageAspectRatio,
    imageSize,
  }: {
    title: string;
    text: string;
    imageAspectRatio: 'rectangle' | 'square';
    imageSize: 'cover' | 'contain';
  }) => (
    <Buttons
      altText="Menu"
      title={title}
      text={text}
      thumbnailImageUrl={PHOTO.food}
      imageAspectRatio={imageAspectRatio}
      imageSize={imageSize}
      defaultAction={<Uri label="View" uri="https://shop.example.com/menu" />}
    >
      <Postback label="Order" data="action=order&item=pancake" displayText="Pancakes, please" />
      <MessageAction label="Ask a question" text="I have a question" />
      <Uri label="See the menu" uri="https://shop.example.com/menu" />
    </Buttons>
  ),
  {
    args: {
      title: 'Weekend pancakes',
      text: 'Fluffy soufflé pancakes with seasonal fruit',
      imageAspectRatio: 'rectangle',
      imageSize: 'cover',
    },
    argTypes: {
      imageAspectRatio: { control: 'inline-radio', options: ['rectangle', 'square'] },
      imageSize: { control: 'inline-radio', options: ['cover', 'contain'] },
    },
  },
);

export const ButtonsTextOnly = story(() => (
  <Buttons altText="Pick a date" text="When would you like to visit?">
    <DatetimePicker label="Pick a date" data="visit" mode="date" initial="2026-12-01" min="2026-11-24" max="2027-03-31" />
    <DatetimePicker label="Pick a time" data="time" mode="time" />
  </Buttons>
));

export const ConfirmTemplate = story(
  ({ text }: { text: string }) => (
    <Confirm altText="Confirm" text={text}>
      <MessageAction label="Yes" text="yes" />
      <MessageAction label="No" text="no" />
    </Confirm>
  ),
  { args: { text: 'Reserve a table for two at 19:00?' } },
);

export const CarouselTemplate = story(() => (
  <Carousel altText="Today's picks" imageAspectRatio="rectangle" imageSize="cover">
    {[
      ['Latte', 'Double shot, oat milk available', PHOTO.cafe],
      ['Pancakes', 'With seasonal fruit', PHOTO.food],
      ['Brown T-shirt', 'Limited edition', PHOTO.shirt],
    ].map(([title, text, image]) => (
      <Column title={title} text={text} thumbnailImageUrl={image}>
        <Postback label="Order" data={`order=${title}`} />
        <Uri label="Details" uri="https://shop.example.com/item" />
      </Column>
    ))}
  </Carousel>
));

export const ImageCarouselTemplate = story(() => (
  <ImageCarousel altText="Our rooms">
    <Image imageUrl={PHOTO.room} action={<Uri label="Book" uri="https://hotel.example.com/book" />} />
    <Image imageUrl={PHOTO.street} action={<Postback label="Directions" data="directions" />} />
    <Image imageUrl={PHOTO.food} action={<MessageAction label="Breakfast" text="breakfast" />} />
  </ImageCarousel>
));
