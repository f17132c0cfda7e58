import {
  Buttons,
  Camera,
  CameraRoll,
  Image,
  LocationAction,
  MessageAction,
  QuickReply,
  QuickReplyButton,
  render,
  renderMessages,
  Sticker,
  Text,
} from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

const buttons = (
  <QuickReply>
    <MessageAction label="Sushi" text="Sushi" />
    <QuickReplyButton imageUrl="https://cdn.example.com/tempura.png">
      <MessageAction label="Tempura" text="Tempura" />
    </QuickReplyButton>
    <LocationAction label="Send location" />
    <Camera label="Camera" />
    <CameraRoll label="Photos" />
  </QuickReply>
);

describe('<QuickReply>', () => {
  it('renders its actions and icon buttons as items', () => {
    expect(render(<Text quickReply={buttons}>What would you like?</Text>)).toMatchSnapshot();
  });

  it('works on every kind of message', () => {
    const messages = [
      <Sticker packageId="446" stickerId="1988" quickReply={buttons} />,
      <Image originalContentUrl="https://cdn.example.com/a.jpg" previewImageUrl="https://cdn.example.com/a.jpg" quickReply={buttons} />,
      <Buttons altText="Menu" text="Pick" quickReply={buttons}>
        <MessageAction label="OK" text="ok" />
      </Buttons>,
    ];
    for (const message of messages) expect(render(message).quickReply?.items).toHaveLength(5);
  });

  it('goes on the last of several messages, the only one whose quick reply LINE shows', () => {
    const messages = renderMessages(
      <>
        <Sticker packageId="446" stickerId="1988" />
        <Text quickReply={buttons}>What would you like?</Text>
      </>,
    );
    expect(messages.map((m) => m.quickReply?.items.length)).toEqual([undefined, 5]);
  });

  it('allows at most 13 buttons', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => <MessageAction label={`${i}`} text={`${i}`} />);
    expect(render(<Text quickReply={<QuickReply>{items(13)}</QuickReply>}>Pick</Text>).quickReply?.items).toHaveLength(13);
    expect(located(catchValidation(() => render(<Text quickReply={<QuickReply>{items(14)}</QuickReply>}>Pick</Text>)))).toEqual([
      ['<Text> > <QuickReply>', 'quickReply.items', '14 quick reply buttons; LINE allows at most 13 quick reply buttons'],
    ]);
  });

  it('refuses a sticker among its buttons, listing what it takes', () => {
    const error = catchValidation(() =>
      render(
        <Text
          quickReply={
            <QuickReply>
              <MessageAction label="Hi" text="hi" />
              <Sticker packageId="446" stickerId="1988" />
            </QuickReply>
          }
        >
          Pick
        </Text>,
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Text> > <QuickReply> > <Sticker>',
        'quickReply.items[1]',
        '<Sticker> can not go inside <QuickReply>; that takes <Camera>, <CameraRoll>, <Clipboard>, <DatetimePicker>, <LocationAction>, <MessageAction>, <Postback>, <QuickReplyButton>, <RichMenuSwitch> or <Uri>',
      ],
    ]);
  });

  it('is the only thing a quickReply prop takes', () => {
    const error = catchValidation(() => render(<Text quickReply={<MessageAction label="Hi" text="hi" />}>Pick</Text>));
    expect(located(error)).toEqual([
      ['<Text> > <MessageAction>', 'quickReply', '<MessageAction> can not go as a quickReply; that takes <QuickReply>'],
    ]);
  });
});
