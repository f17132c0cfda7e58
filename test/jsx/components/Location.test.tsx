import { Location, render } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Location>', () => {
  it('renders a location message', () => {
    expect(
      render(<Location title="LINE Yahoo" address="1-3 Kioicho, Chiyoda-ku, Tokyo" latitude={35.6796} longitude={139.7374} />),
    ).toMatchSnapshot();
  });

  it('refuses coordinates off the globe', () => {
    expect(located(catchValidation(() => render(<Location title="Nowhere" address="-" latitude={-90.5} longitude={180.01} />)))).toEqual([
      ['<Location>', 'latitude', 'latitude -90.5 is outside -90 to 90'],
      ['<Location>', 'longitude', 'longitude 180.01 is outside -180 to 180'],
    ]);
  });
});
