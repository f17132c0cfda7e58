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
      const action = frame.one('action', props.children, 'action', 'as its action');
      if (action === undefined) frame.problem('<QuickReplyButton> needs one action as its child', 'required');
      return put({ type: 'action', ...(props.imageUrl !== undefined ? { imageUrl: props.imageUrl } : {}) }, 'action', action);
    },
  },
});
