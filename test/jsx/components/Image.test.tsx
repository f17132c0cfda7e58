import { Image, ImageCarousel, Postback, QuickReply, render, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Image> as a message', () => {
  it('renders an image message', () => {
    expect(
      render(<Image originalContentUrl="https://cdn.example.com/cat.jpg" previewImageUrl="https://cdn.example.com/cat-s.jpg" />),
    ).toMatchSnapshot();
  });

  it('refuses an http URL at the image', () => {
    const error = catchValidation(() =>
      render(<Image originalContentUrl="http://cdn.example.com/cat.jpg" previewImageUrl="https://cdn.example.com/cat-s.jpg" />),
    );
    expect(located(error)).toEqual([['<Image>', 'originalContentUrl', '"http://cdn.example.com/cat.jpg" must be an https URL']]);
  });

  it('names flex props that a message does not have', () => {
    const props = {
      originalContentUrl: 'https://cdn.example.com/a.jpg',
      previewImageUrl: 'https://cdn.example.com/b.jpg',
      url: 'https://cdn.example.com/c.jpg',
    };
    expect(located(catchValidation(() => render(<Image {...props} />)))).toEqual([
      [
        '<Image>',
        'url',
        '"url" is not a property of an image message; it takes type, originalContentUrl, previewImageUrl, quickReply, sender',
      ],
    ]);
  });
});

describe('<Image> as an image carousel column', () => {
  it('renders imageUrl and its action', () => {
    const message = render(
      <ImageCarousel altText="Cakes">
        <Image imageUrl="https://cdn.example.com/cake.jpg" action={<Postback label="Order" data="cake=1" />} />
      </ImageCarousel>,
    );
    expect(message).toEqual({
      type: 'template',
      altText: 'Cakes',
      template: {
        type: 'image_carousel',
        columns: [{ imageUrl: 'https://cdn.example.com/cake.jpg', action: { type: 'postback', label: 'Order', data: 'cake=1' } }],
      },
    });
  });

  it('needs an action', () => {
    const error = catchValidation(() =>
      render(
        <ImageCarousel altText="Cakes">
          <Image {...({ imageUrl: 'https://cdn.example.com/cake.jpg' } as { imageUrl: string; action: never })} />
        </ImageCarousel>,
      ),
    );
    expect(located(error)).toEqual([['<ImageCarousel> > <Image>', 'template.columns[0].action', 'action is required']]);
  });
});

it('<Image> is refused inside a quick reply', () => {
  const error = catchValidation(() =>
    render(
      <Text
        quickReply={
          <QuickReply>
            <Image originalContentUrl="https://cdn.example.com/a.jpg" previewImageUrl="https://cdn.example.com/a.jpg" />
          </QuickReply>
        }
      >
        Hi
      </Text>,
    ),
  );
  expect(error.issues[0]!.message).toMatch(
    /^<Image> can not go inside <QuickReply>; that takes <Camera>, <CameraRoll>, .*<QuickReplyButton>/,
  );
});
