import type { LocationMessage } from '@linejsx/schema';
import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface LocationProps extends MessageCommonProps, Omit<LocationMessage, 'type' | 'quickReply' | 'sender'> {}

/**
 * A location message (`R#location-message`): title and address (≤ 100 characters each) and
 * coordinates. (The quick-reply action that asks for the user's location is `<LocationAction>`.)
 *
 * @example
 * <Location title="LINE Yahoo" address="1-3 Kioicho, Chiyoda-ku, Tokyo" latitude={35.6796} longitude={139.7374} />
 */
export const Location = defineBuiltin<LocationProps>({
  name: 'Location',
  slots: { message: (_props, frame) => messageJson('location', frame, {}) },
});
