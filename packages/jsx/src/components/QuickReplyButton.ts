import type { LineNode } from '../element.ts';
import { put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface QuickReplyButtonProps {
  /** Icon at the start of the button: HTTPS PNG, square, ≤ 1 MB. */
  imageUrl?: string;
  /** The button's action. */
  children?: LineNode;
}

/**
 * A quick reply button with an icon (`R#quick-reply-button-object`); a bare action inside
 * `<QuickReply>` is a button without one.
 *
 * @example
 * <QuickReplyButton imageUrl="https://cdn.example.com/sushi.png"><MessageAction label="Sushi" text="Sushi" /></QuickReplyButton>
 */
export const QuickReplyButton = defineBuiltin<QuickReplyButtonProps>({
  name: 'QuickReplyButton',
  slots: {
    quickReplyItem: (props, frame) => {
      const action = frame.need('action', props.children, '<QuickReplyButton> needs one action as its child', 'action', 'as its action');
      return put({ type: 'action', ...(props.imageUrl !== undefined ? { imageUrl: props.imageUrl } : {}) }, 'action', action);
    },
  },
});
