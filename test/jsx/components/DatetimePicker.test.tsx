import { describe, expect, it } from 'vitest';
import { DatetimePicker } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#datetime-picker-action: the user picks a date and time.
const action = <DatetimePicker label="Pick" data="booking" mode="datetime" initial="2026-12-24t19:00" min="2026-12-01T00:00" max="2026-12-31T23:59" />;
const json = { type: 'datetimepicker', label: 'Pick', data: 'booking', mode: 'datetime', initial: '2026-12-24t19:00', min: '2026-12-01T00:00', max: '2026-12-31T23:59' };
const ALLOWED: Place[] = ['template', 'templateDefault', 'carouselColumn', 'imageCarousel', 'quickReply', 'quickReplyButton', 'flexButton', 'flex', 'richMenu'];

describe('<DatetimePicker>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it.each(placesExcept([...ALLOWED]))('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(/<DatetimePicker>$/);
  });
});
