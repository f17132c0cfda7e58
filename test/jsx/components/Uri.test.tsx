import { Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#uri-action: opens `uri` (an imagemap names it linkUri).
const action = <Uri label="Shop" uri="https://shop.example.com/" />;
const json = { type: 'uri', label: 'Shop', uri: 'https://shop.example.com/' };
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

describe('<Uri>', () => testPlaces('Uri', action, json, ALLOWED));

describe('<Uri> options', () => {
  it('carries altUri.desktop for LINE on PC', () => {
    expect(
      renderActionIn('flexButton', <Uri label="Shop" uri="line://app/1234-abcd" altUri={{ desktop: 'https://shop.example.com/pc' }} />),
    ).toEqual({
      type: 'uri',
      label: 'Shop',
      uri: 'line://app/1234-abcd',
      altUri: { desktop: 'https://shop.example.com/pc' },
    });
  });

  it('refuses a scheme LINE does not open, at the action', () => {
    const error = catchValidation(() => renderActionIn('template', <Uri label="Mail" uri="mailto:hello@example.com" />));
    expect(error.issues.map((i) => [i.component?.path, i.path])).toEqual([['<Buttons> > <Uri>', 'template.actions[0].uri']]);
  });
});
