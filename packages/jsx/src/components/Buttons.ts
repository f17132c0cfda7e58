import type { ButtonsTemplate } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import type { MessageCommonProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { defaultAction, templateMessage } from './template.ts';

export interface ButtonsProps extends MessageCommonProps, Omit<ButtonsTemplate, 'type' | 'actions' | 'defaultAction'> {
  /** Shown in notifications and the chat list (≤ 1,500 characters). */
  altText: string;
  /** Action when the image, title or text is tapped. */
  defaultAction?: LineElement;
  /** One to four actions (labels ≤ 20). */
  children?: LineNode;
}

/**
 * A buttons template (`R#buttons`): optional image and title, a text (≤ 160 characters, ≤ 60 with
 * an image or title) and up to four action buttons.
 *
 * @example
 * <Buttons altText="Menu" title="Menu" text="Please select" thumbnailImageUrl="https://cdn.example.com/menu.jpg">
 *   <Postback label="Buy" data="action=buy&itemid=123" />
 *   <Uri label="View detail" uri="https://example.com/page/123" />
 * </Buttons>
 */
export const Buttons = defineBuiltin<ButtonsProps>({
  name: 'Buttons',
  slots: {
    message: (_props, frame) =>
      templateMessage(frame, 'buttons', ['defaultAction'], (template) => {
        defaultAction(frame, template, 'template.defaultAction');
        template.actions = frame.children('action', { key: 'template.actions', indexed: true });
      }),
  },
});
