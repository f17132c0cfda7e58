import { describe, expect, it } from 'vitest';
import { CameraRoll } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#camera-roll-action: opens the photo library.
const action = <CameraRoll label="Photos" />;
const json = { type: 'cameraRoll', label: 'Photos' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<CameraRoll>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it.each(placesExcept([...ALLOWED]))('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(/<CameraRoll>$/);
  });
});
