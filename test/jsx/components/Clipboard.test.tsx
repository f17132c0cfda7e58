import { Clipboard } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#clipboard-action: copies `clipboardText`.
const action = <Clipboard label="Copy" clipboardText="SPRING-2026" />;
const json = { type: 'clipboard', label: 'Copy', clipboardText: 'SPRING-2026' };
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

describe('<Clipboard>', () => testPlaces('Clipboard', action, json, ALLOWED));

describe('<Clipboard> text', () => {
  it('refuses an empty clipboardText', () => {
    const error = catchValidation(() => renderActionIn('quickReply', <Clipboard label="Copy" clipboardText="" />));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['quickReply.items[0].action.clipboardText', 'clipboardText must not be empty'],
    ]);
  });
});
