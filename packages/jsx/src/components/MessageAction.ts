import type { MessageAction as MessageActionJson } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type MessageActionProps = Omit<MessageActionJson, 'type'>;

/**
 * A message action (`R#message-action`): the user sends `text` (≤ 300 characters) when tapping it.
 * Also usable as the action of an imagemap `<Area>` (text ≤ 400 there).
 *
 * @example
 * <QuickReply><MessageAction label="Yes" text="Yes, please" /></QuickReply>
 */
export const MessageAction = defineAction<MessageActionProps>('MessageAction', 'message', true);
