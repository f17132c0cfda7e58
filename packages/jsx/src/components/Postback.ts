import type { PostbackAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type PostbackProps = Omit<PostbackAction, 'type'>;

/**
 * A postback action (`R#postback-action`): sends `data` to your webhook as a postback event.
 * `data` ≤ 300 characters; `displayText` ≤ 300; `fillInText` only with `inputOption="openKeyboard"`.
 *
 * @example
 * <Button action={<Postback label="Buy" data="action=buy&item=42" displayText="Buy it" />} />
 */
export const Postback = defineAction<PostbackProps>('Postback', 'postback');
