import type { CarouselTemplate } from '@linejsx/schema';
import type { LineNode } from '../element.ts';
import type { MessageCommonProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { templateMessage } from './template.ts';

export interface CarouselProps extends MessageCommonProps, Partial<Pick<CarouselTemplate, 'imageAspectRatio' | 'imageSize'>> {
  /** As a template message: shown in notifications and the chat list. */
  altText?: string;
  /** `<Bubble>`s inside `<Flex>`; `<Column>`s as a template message. */
  children?: LineNode;
}

/**
 * A carousel. Inside `<Flex>` (`R#f-carousel`): up to 12 `<Bubble>`s of one size. As a message
 * (`R#carousel`): a template carousel of up to 10 `<Column>`s with the same number of actions.
 *
 * @example
 * <Flex altText="Today's picks"><Carousel><Bubble>…</Bubble><Bubble>…</Bubble></Carousel></Flex>
 * <Carousel altText="Menu"><Column text="Bread"><Postback label="Order" data="bread" /></Column></Carousel>
 */
export const Carousel = defineBuiltin<CarouselProps>({
  name: 'Carousel',
  slots: {
    flex: (props, frame) => {
      for (const key of ['altText', 'imageAspectRatio', 'imageSize', 'quickReply', 'sender'] as const) {
        if (props[key] !== undefined)
          frame.problem(
            `${key} belongs to a template carousel; a flex <Carousel> takes only bubbles (put altText on <Flex>)`,
            'invalid_combination',
            key,
          );
      }
      return { type: 'carousel', contents: frame.children('carousel', { key: 'contents', indexed: true }) };
    },
    message: (_props, frame) =>
      templateMessage(frame, 'carousel', [], (template) => {
        template.columns = frame.children('templateColumn', { key: 'template.columns', indexed: true });
      }),
  },
  misplaced: { carousel: 'a carousel holds <Bubble>s, not another carousel' },
});
