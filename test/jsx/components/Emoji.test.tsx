import { Body, Bubble, Emoji, Flex, render, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

const BROWN = '5ac1bfd5040ab15980c9b435';

describe('<Emoji>', () => {
  it('is a $ placeholder with an emojis entry in a text message', () => {
    expect(
      render(
        <Text>
          Thank you <Emoji productId={BROWN} emojiId="001" />
        </Text>,
      ),
    ).toMatchSnapshot();
  });

  it('is an emoji substitution in a textV2 message, under its name', () => {
    expect(
      render(
        <Text v2>
          Thank you <Emoji productId={BROWN} emojiId="001" name="bow" />
        </Text>,
      ),
    ).toEqual({
      type: 'textV2',
      text: 'Thank you {bow}',
      substitution: { bow: { type: 'emoji', productId: BROWN, emojiId: '001' } },
    });
  });

  it('is refused as a message of its own and inside a flex <Text>', () => {
    expect(located(catchValidation(() => render(<Emoji productId={BROWN} emojiId="001" />)))).toEqual([
      [
        '<Emoji>',
        '',
        '<Emoji> can not go as a message; that takes <Audio>, <Buttons>, <Carousel>, <Confirm>, <Coupon>, <Flex>, <Image>, <ImageCarousel>, <Imagemap>, <Location>, <Sticker>, <Text> or <Video>',
      ],
    ]);
    const error = catchValidation(() =>
      render(
        <Flex altText="Card">
          <Bubble>
            <Body>
              <Text>
                Hi <Emoji productId={BROWN} emojiId="001" />
              </Text>
            </Body>
          </Bubble>
        </Flex>,
      ),
    );
    expect(error.issues[0]).toMatchObject({
      component: { path: '<Flex> > <Bubble> > <Body> > <Text> > <Emoji>' },
      message: '<Emoji> can not go inside a flex <Text>; that takes <Span>',
    });
  });

  it('points a wrong emoji at its element', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          Hi <Emoji productId={BROWN} emojiId={1 as unknown as string} />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([['<Text> > <Emoji>', 'emojis[0].emojiId', 'emojiId must be a string, not a number (1)']]);
  });
});
