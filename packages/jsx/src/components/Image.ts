import type { FlexImage, ImageMessage } from '@linejsx/schema';
import type { LineElement } from '../element.ts';
import { actionProp, copyProps, type MessageCommonProps, messageJson, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame } from '../render/frame.ts';

// Props the component turns into JSON itself.
const OWN = ['action'];

/** `<Image>` as an image message. */
export interface ImageMessageProps extends MessageCommonProps, Omit<ImageMessage, 'type' | 'quickReply' | 'sender'> {}

/** `<Image>` inside a box or as a hero. */
export interface FlexImageProps extends Omit<FlexImage, 'type' | 'action'> {
  /** What tapping the image does: `action={<Uri uri="…" />}`. */
  action?: LineElement;
}

/** `<Image>` as a column of an `<ImageCarousel>`. */
export interface ImageColumnProps {
  /** Square JPEG or PNG, HTTPS, at most 1,024 px wide. */
  imageUrl: string;
  /** Action when tapped; its label (≤ 12) is shown over the image. */
  action: LineElement;
}

export type ImageProps = ImageMessageProps | FlexImageProps | ImageColumnProps;

function flexImage(props: ImageProps, frame: Frame) {
  return put(copyProps(props, OWN, { type: 'image' }), 'action', actionProp(frame));
}

/**
 * An image. As a message (`R#image-message`): `originalContentUrl` (≤ 10 MB) and
 * `previewImageUrl` (≤ 1 MB), both HTTPS JPEG or PNG. Inside a box or hero (`R#f-image`): `url`,
 * size, aspectRatio, aspectMode… In an `<ImageCarousel>`: a column with `imageUrl` and `action`.
 *
 * @example
 * <Image originalContentUrl="https://cdn.example.com/cat.jpg" previewImageUrl="https://cdn.example.com/cat-s.jpg" />
 * <Hero><Image url="https://cdn.example.com/shop.jpg" size="full" aspectRatio="20:13" aspectMode="cover" /></Hero>
 */
export const Image = defineBuiltin<ImageProps>({
  name: 'Image',
  slots: {
    message: (_props, frame) => messageJson('image', frame, {}),
    box: flexImage,
    hero: flexImage,
    altContent: flexImage,
    imageColumn: (props, frame) => put(copyProps(props, ['action']), 'action', actionProp(frame)),
  },
  misplaced: { bubble: 'put it in the <Hero> (the main image) or in a <Body>' },
});
