import type { ImagemapMessage } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface ImagemapProps extends MessageCommonProps, Omit<ImagemapMessage, 'type' | 'actions' | 'video' | 'quickReply' | 'sender'> {
  /** A video played over part of the image: `<Video originalContentUrl previewImageUrl area={…} />`. */
  video?: LineElement;
  /** Up to 50 `<Area>`s, each with one `<Uri>`, `<MessageAction>` or `<Clipboard>`. */
  children?: LineNode;
}

/**
 * An imagemap message (`R#imagemap-message`): an image with tappable areas. `baseUrl` is a folder
 * (no file extension) from which LINE loads `/240`, `/300`, `/460`, `/700` and `/1040`;
 * `baseSize.width` is always 1040.
 *
 * @example
 * <Imagemap baseUrl="https://cdn.example.com/menu" altText="Menu" baseSize={{ width: 1040, height: 520 }}>
 *   <Area x={0} y={0} width={520} height={520}><Uri uri="https://example.com/a" /></Area>
 *   <Area x={520} y={0} width={520} height={520}><MessageAction text="B" /></Area>
 * </Imagemap>
 */
export const Imagemap = defineBuiltin<ImagemapProps>({
  name: 'Imagemap',
  slots: {
    message: (props, frame) =>
      messageJson('imagemap', frame, {
        actions: frame.children('imagemap', { key: 'actions', indexed: true }),
        video: frame.one('imagemapVideo', props.video, 'video'),
      }),
  },
});
