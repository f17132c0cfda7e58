import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface QuickReplyProps {
  /** Up to 13 buttons: actions, or `<QuickReplyButton imageUrl="…">` around an action for an icon. */
  children?: LineNode;
}

/**
 * Quick reply buttons under a message (`R#items-object`): at most 13; only the last message's are
 * shown. Children are actions (label ≤ 20) or `<QuickReplyButton>`s with an icon.
 *
 * @example
 * <Text quickReply={<QuickReply><MessageAction label="Menu" text="menu" /><LocationAction label="Where am I?" /></QuickReply>}>
 *   What next?
 * </Text>
 */
export const QuickReply = defineBuiltin<QuickReplyProps>({
  name: 'QuickReply',
  slots: {
    quickReply: (_props, frame) => ({ items: frame.children('quickReplyItem', { key: 'items', indexed: true }) }),
  },
});
