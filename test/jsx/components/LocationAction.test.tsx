import { describe, expect, it } from 'vitest';
import { LocationAction } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#location-action: opens the location screen.
const action = <LocationAction label="Location" />;
const json = { type: 'location', label: 'Location' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<LocationAction>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it.each(placesExcept([...ALLOWED]))('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(/<LocationAction>$/);
  });
});
