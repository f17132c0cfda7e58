/**
 * A built-in named `RichMenu` that writes the rich menu JSON it is given: for testing how
 * @linejsx/testing treats rich menus without depending on how `<RichMenu>` lays out its areas.
 */
import type { RichMenu as RichMenuJson } from '@linejsx/schema';
import { defineBuiltin } from '../../packages/jsx/src/render/builtin.ts';

export const RichMenuStandIn = defineBuiltin<{ json: Partial<RichMenuJson> }>({
  name: 'RichMenu',
  slots: { richMenu: (props) => props.json },
});
