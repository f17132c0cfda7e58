import { Postback, QuickReply, render, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#postback-action: sends `data` to the webhook.
const action = <Postback label="Buy" data="action=buy&item=42" displayText="Buy it" />;
const json = { type: 'postback', label: 'Buy', data: 'action=buy&item=42', displayText: 'Buy it' };
const ALLOWED: Place[] = [
  'template',
  'templateDefault',
  'carouselColumn',
  'imageCarousel',
  'quickReply',
  'quickReplyButton',
  'flexButton',
  'flex',
  'richMenu',
];

describe('<Postback>', () => testPlaces('Postback', action, json, ALLOWED));

describe('<Postback> options', () => {
  it('opens the keyboard with text filled in', () => {
    const message = render(
      <Text
        quickReply={
          <QuickReply>
            <Postback label="Reply" data="reply" inputOption="openKeyboard" fillInText={'Name:\nDate:'} />
          </QuickReply>
        }
      >
        Tell us more
      </Text>,
    );
    expect(message).toMatchSnapshot();
  });

  it('refuses fillInText without openKeyboard, at the postback', () => {
    const error = catchValidation(() =>
      renderActionIn('quickReply', <Postback label="Reply" data="r" inputOption="openVoice" fillInText="x" />),
    );
    expect(error.issues.map((i) => [i.component?.path, i.path, i.message])).toEqual([
      [
        '<Text> > <QuickReply> > <Postback>',
        'quickReply.items[0].action.fillInText',
        'fillInText only works with inputOption "openKeyboard"',
      ],
    ]);
  });
});
