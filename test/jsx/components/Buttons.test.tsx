import { Buttons, Camera, DatetimePicker, MessageAction, Postback, QuickReply, render, Sender, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Buttons>', () => {
  it('renders a buttons template with image, title, defaultAction and four actions', () => {
    const message = render(
      <Buttons
        altText="Brown Café menu"
        thumbnailImageUrl="https://cdn.example.com/menu.jpg"
        imageAspectRatio="square"
        imageSize="contain"
        imageBackgroundColor="#FFFFFF"
        title="Menu"
        text="Please select"
        defaultAction={<Uri label="View detail" uri="https://shop.example.com/menu" />}
      >
        <Postback label="Buy" data="action=buy&itemid=123" displayText="Buy" />
        <MessageAction label="Add to cart" text="add" />
        <DatetimePicker label="Reserve" data="reserve" mode="date" />
        <Uri label="View detail" uri="https://shop.example.com/page/123" />
      </Buttons>,
    );
    expect(message).toMatchSnapshot();
  });

  it('puts quickReply and sender on the message, not in the template', () => {
    const message = render(
      <Buttons
        altText="Menu"
        text="Pick"
        sender={<Sender name="Brown" />}
        quickReply={
          <QuickReply>
            <MessageAction label="Help" text="help" />
          </QuickReply>
        }
      >
        <MessageAction label="OK" text="ok" />
      </Buttons>,
    );
    expect(message).toEqual({
      type: 'template',
      altText: 'Menu',
      template: { type: 'buttons', text: 'Pick', actions: [{ type: 'message', label: 'OK', text: 'ok' }] },
      quickReply: { items: [{ type: 'action', action: { type: 'message', label: 'Help', text: 'help' } }] },
      sender: { name: 'Brown' },
    });
  });

  it('allows at most four actions and needs one', () => {
    const actions = (n: number) => Array.from({ length: n }, (_, i) => <MessageAction label={`Option ${i}`} text={`${i}`} />);
    expect(
      located(
        catchValidation(() =>
          render(
            <Buttons altText="Menu" text="Pick">
              {actions(5)}
            </Buttons>,
          ),
        ),
      ),
    ).toEqual([['<Buttons>', 'template.actions', '5 actions; LINE allows at most 4 actions']]);
    expect(located(catchValidation(() => render(<Buttons altText="Menu" text="Pick" />)))).toEqual([
      ['<Buttons>', 'template.actions', '0 actions; LINE needs at least 1 action'],
    ]);
  });

  it('points a camera action (quick replies only) at the action', () => {
    const error = catchValidation(() =>
      render(
        <Buttons altText="Menu" text="Pick">
          <MessageAction label="OK" text="ok" />
          <Camera label="Photo" />
        </Buttons>,
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Buttons> > <Camera>[1]',
        'template.actions[1].type',
        'a camera action can not be used in a template; it works only in a quick reply',
      ],
    ]);
  });

  it('needs altText', () => {
    const props = { text: 'Pick' } as { text: string; altText: string };
    expect(
      located(
        catchValidation(() =>
          render(
            <Buttons {...props}>
              <MessageAction label="OK" text="ok" />
            </Buttons>,
          ),
        ),
      ),
    ).toEqual([['<Buttons>', 'altText', 'altText is required']]);
  });
});
