import type { Sender as SenderJson } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export type SenderProps = SenderJson;

/**
 * Shows a message under another name and icon (`R#icon-nickname-switch`): name ≤ 20 characters
 * without the word "LINE"; icon an HTTPS PNG, square, ≤ 1 MB.
 *
 * @example
 * <Text sender={<Sender name="Cony" iconUrl="https://cdn.example.com/cony.png" />}>Hi!</Text>
 */
export const Sender = defineBuiltin<SenderProps>({
  name: 'Sender',
  slots: { sender: (props) => copyProps(props) },
});
