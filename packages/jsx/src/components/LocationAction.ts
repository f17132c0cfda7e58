import type { LocationAction as LocationActionJson } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type LocationActionProps = Omit<LocationActionJson, 'type'>;

/**
 * A location action (`R#location-action`): opens the location screen. Quick replies only; label ≤ 20.
 * (The location *message* is `<Location>`.)
 *
 * @example
 * <QuickReply><LocationAction label="Send my location" /></QuickReply>
 */
export const LocationAction = defineAction<LocationActionProps>('LocationAction', 'location');
