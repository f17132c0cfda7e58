import { describe, expect, it } from 'vitest';
import { Camera } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#camera-action: opens the camera.
const action = <Camera label="Camera" />;
const json = { type: 'camera', label: 'Camera' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<Camera>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it.each(placesExcept([...ALLOWED]))('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(/<Camera>$/);
  });
});
