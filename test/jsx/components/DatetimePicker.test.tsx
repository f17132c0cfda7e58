import { DatetimePicker } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#datetime-picker-action: the user picks a date and time.
const action = (
  <DatetimePicker label="Pick" data="booking" mode="datetime" initial="2026-12-24t19:00" min="2026-12-01T00:00" max="2026-12-31T23:59" />
);
const json = {
  type: 'datetimepicker',
  label: 'Pick',
  data: 'booking',
  mode: 'datetime',
  initial: '2026-12-24t19:00',
  min: '2026-12-01T00:00',
  max: '2026-12-31T23:59',
};
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

describe('<DatetimePicker>', () => testPlaces('DatetimePicker', action, json, ALLOWED));

describe('<DatetimePicker> modes', () => {
  it.each([
    ['date', '2026-12-24', '2026-12-01', '2026-12-31'],
    ['time', '19:00', '10:00', '22:00'],
    ['datetime', '2026-12-24T19:00', '2026-12-01T10:00', '2026-12-31t22:00'],
  ] as const)('renders a %s picker', (mode, initial, min, max) => {
    expect(
      renderActionIn('quickReply', <DatetimePicker label="When" data="when" mode={mode} initial={initial} min={min} max={max} />),
    ).toEqual({
      type: 'datetimepicker',
      label: 'When',
      data: 'when',
      mode,
      initial,
      min,
      max,
    });
  });

  it('points a date in the wrong format at the picker', () => {
    const error = catchValidation(() =>
      renderActionIn('template', <DatetimePicker label="When" data="when" mode="date" initial="24/12/2026" />),
    );
    expect(error.issues.map((i) => [i.component?.path, i.path, i.message])).toEqual([
      ['<Buttons> > <DatetimePicker>', 'template.actions[0].initial', 'initial "24/12/2026" is not a valid date; use YYYY-MM-DD'],
    ]);
  });
});
