import { describe, expect, it } from 'vitest';
import { RichMenuSwitch } from '@linejsx/jsx';
import { placesExcept, renderActionIn, type Place } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#richmenu-switch-action: switches rich menus.
const action = <RichMenuSwitch label="Tab B" richMenuAliasId="tab-b" data="tab=b" />;
const json = { type: 'richmenuswitch', label: 'Tab B', richMenuAliasId: 'tab-b', data: 'tab=b' };
const ALLOWED: Place[] = ['richMenu'];

describe('<RichMenuSwitch>', () => {
  it.each(ALLOWED)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });

  it.each(placesExcept([...ALLOWED]))('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(/<RichMenuSwitch>$/);
  });
});

describe('<RichMenuSwitch> alias', () => {
  it('refuses an alias no rich menu alias can have', () => {
    const error = catchValidation(() => renderActionIn('richMenu', <RichMenuSwitch richMenuAliasId="Tab B" data="tab=b" />));
    expect(error.issues.map((i) => [i.component?.path, i.path])).toEqual([['<TestRichMenu> > <Area> > <RichMenuSwitch>', 'areas[0].action.richMenuAliasId']]);
  });
});
