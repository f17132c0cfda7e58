import { defineBuiltin } from '../render/builtin.ts';
import { piece } from './inline.ts';

export interface EmojiProps {
  /** LINE emoji product ID, e.g. `5ac1bfd5040ab15980c9b435`. */
  productId: string;
  /** LINE emoji ID within the product, e.g. `001`. */
  emojiId: string;
  /** Placeholder key when the text becomes a textV2 message (default `emoji0`, `emoji1`, …). */
  name?: string;
}

/**
 * A LINE emoji inside a message `<Text>` (`R#text-message`, at most 20 per message). Becomes a `$`
 * placeholder with an `emojis` entry, or a `{emojiN}` substitution in a textV2 message.
 *
 * @example
 * <Text>Thanks! <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="001" /></Text>
 */
export const Emoji = defineBuiltin<EmojiProps>({
  name: 'Emoji',
  slots: {
    messageText: (props, frame) => piece(frame, { kind: 'emoji', productId: props.productId, emojiId: props.emojiId, name: props.name }),
  },
});
