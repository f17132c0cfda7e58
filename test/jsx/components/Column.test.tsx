import { Buttons, Carousel, Column, MessageAction, Postback, render, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation } from '../../support/validation.ts';

describe('<Column>', () => {
  it('renders a carousel column with its defaultAction and actions', () => {
    const message = render(
      <Carousel altText="Bread">
        <Column
          thumbnailImageUrl="https://cdn.example.com/bread.jpg"
          imageBackgroundColor="#FFEEDD"
          title="Bread"
          text="Freshly baked"
          defaultAction={<Uri label="Open" uri="https://shop.example.com/bread" />}
        >
          <Postback label="Order" data="order=bread" />
          <MessageAction label="Ask" text="Is it vegan?" />
        </Column>
      </Carousel>,
    );
    expect(message).toEqual({
      type: 'template',
      altText: 'Bread',
      template: {
        type: 'carousel',
        columns: [
          {
            thumbnailImageUrl: 'https://cdn.example.com/bread.jpg',
            imageBackgroundColor: '#FFEEDD',
            title: 'Bread',
            text: 'Freshly baked',
            defaultAction: { type: 'uri', label: 'Open', uri: 'https://shop.example.com/bread' },
            actions: [
              { type: 'postback', label: 'Order', data: 'order=bread' },
              { type: 'message', label: 'Ask', text: 'Is it vegan?' },
            ],
          },
        ],
      },
    });
  });

  it('belongs only in a template <Carousel>', () => {
    const error = catchValidation(() =>
      render(
        <Buttons altText="x" text="y">
          <Column text="z">
            <Postback label="a" data="a" />
          </Column>
        </Buttons>,
      ),
    );
    expect(error.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^<Column> can not go as an action; that takes <Camera>, <CameraRoll>, <Clipboard>/),
    ]);
  });
});
