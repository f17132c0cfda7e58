import { MessageAction } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#message-action: the user sends `text`.
const action = <MessageAction label="Yes" text="Yes, please" />;
const json = { type: 'message', label: 'Yes', text: 'Yes, please' };
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
  'imagemap',
];

describe('<MessageAction>', () => testPlaces('MessageAction', action, json, ALLOWED));

describe('<MessageAction> text', () => {
  it('allows 400 characters in an imagemap, 300 elsewhere', () => {
    expect(renderActionIn('imagemap', <MessageAction text={'x'.repeat(400)} />)).toMatchObject({ type: 'message' });
    const error = catchValidation(() => renderActionIn('quickReply', <MessageAction label="Say" text={'x'.repeat(301)} />));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['quickReply.items[0].action.text', 'text is 301 characters; LINE allows at most 300'],
    ]);
  });
});
