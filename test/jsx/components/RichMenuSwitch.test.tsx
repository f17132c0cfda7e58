import { RichMenuSwitch } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { type Place, renderActionIn, testPlaces } from '../../support/action-places.tsx';
import { catchValidation } from '../../support/validation.ts';

// R#richmenu-switch-action: switches rich menus.
const action = <RichMenuSwitch label="Tab B" richMenuAliasId="tab-b" data="tab=b" />;
const json = { type: 'richmenuswitch', label: 'Tab B', richMenuAliasId: 'tab-b', data: 'tab=b' };
const ALLOWED: Place[] = ['richMenu'];

describe('<RichMenuSwitch>', () => testPlaces('RichMenuSwitch', action, json, ALLOWED));

describe('<RichMenuSwitch> alias', () => {
  it('refuses an alias no rich menu alias can have', () => {
    const error = catchValidation(() => renderActionIn('richMenu', <RichMenuSwitch richMenuAliasId="Tab B" data="tab=b" />));
    expect(error.issues.map((i) => [i.component?.path, i.path])).toEqual([
      ['<RichMenu> > <Area> > <RichMenuSwitch>', 'areas[0].action.richMenuAliasId'],
    ]);
  });
});
