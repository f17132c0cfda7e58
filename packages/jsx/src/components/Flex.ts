import type { LineNode } from '../element.ts';
import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface FlexProps extends MessageCommonProps {
  /** Shown in notifications and the chat list (≤ 1,500 characters). */
  altText: string;
  /** One `<Bubble>` or one `<Carousel>` of bubbles. */
  children?: LineNode;
}

/**
 * A Flex Message (`R#flex-message`): one `<Bubble>` (≤ 30 KB of JSON) or a `<Carousel>` of up to
 * 12 bubbles of one size (≤ 50 KB).
 *
 * @example
 * <Flex altText="Your receipt">
 *   <Bubble size="mega"><Body><Text>Thanks for your order</Text></Body></Bubble>
 * </Flex>
 */
export const Flex = defineBuiltin<FlexProps>({
  name: 'Flex',
  slots: {
    message: (props, frame) =>
      messageJson('flex', frame, {
        contents: frame.one('flex', props.children, 'contents', 'as its contents: one <Bubble>, or a <Carousel> of several'),
      }),
  },
});
