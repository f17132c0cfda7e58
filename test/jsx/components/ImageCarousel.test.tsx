import { Image, ImageCarousel, Postback, render, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<ImageCarousel>', () => {
  it('renders image columns with their actions', () => {
    const message = render(
      <ImageCarousel altText="Our cakes">
        <Image imageUrl="https://cdn.example.com/cake1.jpg" action={<Postback label="Order" data="cake=1" />} />
        <Image imageUrl="https://cdn.example.com/cake2.jpg" action={<Uri uri="https://shop.example.com/cake2" />} />
      </ImageCarousel>,
    );
    expect(message).toMatchSnapshot();
  });

  it('limits labels to 12 characters and points at the action', () => {
    const error = catchValidation(() =>
      render(
        <ImageCarousel altText="Our cakes">
          <Image imageUrl="https://cdn.example.com/cake1.jpg" action={<Postback label="Order this cake" data="cake=1" />} />
        </ImageCarousel>,
      ),
    );
    expect(located(error)).toEqual([
      ['<ImageCarousel> > <Image> > <Postback>', 'template.columns[0].action.label', 'label is 15 characters; LINE allows at most 12'],
    ]);
  });
});
