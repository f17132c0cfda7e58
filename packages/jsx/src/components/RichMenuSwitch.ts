import type { RichMenuSwitchAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type RichMenuSwitchProps = Omit<RichMenuSwitchAction, 'type'>;

/**
 * A rich menu switch action (`R#richmenu-switch-action`): switches to the rich menu with alias
 * `richMenuAliasId`. Rich menus only; `data` ≤ 300 characters.
 *
 * @example
 * <Area x={0} y={0} width={1250} height={200}><RichMenuSwitch richMenuAliasId="tab-b" data="tab=b" /></Area>
 */
export const RichMenuSwitch = defineAction<RichMenuSwitchProps>('RichMenuSwitch', 'richmenuswitch');
