import type { LineNode } from '../element.ts';
import type { MessageCommonProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { templateMessage } from './template.ts';

export interface ImageCarouselProps extends MessageCommonProps {
  /** Shown in notifications, the chat list and quotes: at most 1,500 characters. */
  altText: string;
  /** Up to ten `<Image imageUrl action={…} />` columns. */
  children?: LineNode;
}

/**
 * An image carousel template (`R#image-carousel`): up to ten square images, each with an action
 * whose label (≤ 12) is drawn over the image.
 *
 * @example
 * <ImageCarousel altText="Our cakes">
 *   <Image imageUrl="https://cdn.example.com/cake1.jpg" action={<Postback label="Order" data="cake=1" />} />
 * </ImageCarousel>
 */
export const ImageCarousel = defineBuiltin<ImageCarouselProps>({
  name: 'ImageCarousel',
  slots: {
    message: (_props, frame) =>
      templateMessage(frame, 'image_carousel', [], (template) => {
        template.columns = frame.children('imageColumn', { key: 'template.columns', indexed: true });
      }),
  },
});
