import { Carousel, Column, Postback, render, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Carousel> as a template message', () => {
  it('renders columns and the carousel-wide image settings', () => {
    const message = render(
      <Carousel altText="Today's bread" imageAspectRatio="rectangle" imageSize="cover">
        {['Baguette', 'Croissant'].map((name) => (
          <Column thumbnailImageUrl={`https://cdn.example.com/${name.toLowerCase()}.jpg`} title={name} text="Baked this morning">
            <Postback label="Order" data={`order=${name}`} />
            <Uri label="Details" uri={`https://shop.example.com/${name.toLowerCase()}`} />
          </Column>
        ))}
      </Carousel>,
    );
    expect(message).toMatchSnapshot();
  });

  it('points a column that does not match the first at that column', () => {
    const error = catchValidation(() =>
      render(
        <Carousel altText="Bread">
          <Column text="Baguette">
            <Postback label="Order" data="1" />
          </Column>
          <Column text="Croissant">
            <Postback label="Order" data="2" />
            <Uri label="Details" uri="https://shop.example.com/2" />
          </Column>
        </Carousel>,
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Carousel> > <Column>[1]',
        'template.columns[1].actions',
        'column 1 has 2 actions but column 0 has 1; every column needs the same number',
      ],
    ]);
  });

  it('allows at most 10 columns', () => {
    const columns = Array.from({ length: 11 }, (_, i) => (
      <Column text={`Item ${i}`}>
        <Postback label="Order" data={`${i}`} />
      </Column>
    ));
    expect(located(catchValidation(() => render(<Carousel altText="Items">{columns}</Carousel>)))).toEqual([
      ['<Carousel>', 'template.columns', '11 columns; LINE allows at most 10 columns'],
    ]);
  });
});
