import type { LineNode } from '../element.ts';
import type { MessageCommonProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { templateMessage } from './template.ts';

export interface ConfirmProps extends MessageCommonProps {
  /** Shown in notifications, the chat list and quotes: at most 1,500 characters. */
  altText: string;
  /** The question (≤ 240 characters). */
  text: string;
  /** Exactly two actions (labels ≤ 20). */
  children?: LineNode;
}

/**
 * A confirm template (`R#confirm`): a question with exactly two buttons.
 *
 * @example
 * <Confirm altText="Are you sure?" text="Are you sure?">
 *   <MessageAction label="Yes" text="yes" />
 *   <MessageAction label="No" text="no" />
 * </Confirm>
 */
export const Confirm = defineBuiltin<ConfirmProps>({
  name: 'Confirm',
  slots: {
    message: (_props, frame) =>
      templateMessage(frame, 'confirm', [], (template) => {
        template.actions = frame.children('action', { key: 'template.actions', indexed: true });
      }),
  },
});
