import { describe, expect, it } from 'vitest';
import { MessageAction } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#message-action: the user sends `text`.
const action = <MessageAction label="Yes" text="Yes, please" />;
const json = { type: 'message', label: 'Yes', text: 'Yes, please' };
const ALLOWED: Place[] = ['template', 'templateDefault', 'carouselColumn', 'imageCarousel', 'quickReply', 'quickReplyButton', 'flexButton', 'flex', 'richMenu'];

describe('<MessageAction>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it('renders as an imagemap action with its area', () => {
    expect(renderActionIn('imagemap', action)).toMatchSnapshot();
  });

});
