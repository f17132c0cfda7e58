import type { FlexVideo, ImagemapVideo, VideoMessage } from '@linejsx/schema';
import type { LineElement } from '../element.ts';
import { actionProp, copyProps, type MessageCommonProps, messageJson, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

/** `<Video>` as a video message. */
export interface VideoMessageProps extends MessageCommonProps, Omit<VideoMessage, 'type' | 'quickReply' | 'sender'> {}

/** `<Video>` as the hero of a bubble. */
export interface FlexVideoProps extends Omit<FlexVideo, 'type' | 'action' | 'altContent'> {
  /** Shown where the video can not play: a `<Box>` or an `<Image>`. */
  altContent: LineElement;
  /** A `<Uri>` action; its label is shown after the video ends. */
  action?: LineElement;
}

/** `<Video>` as the `video` of an `<Imagemap>`. */
export interface ImagemapVideoProps extends ImagemapVideo {}

export type VideoProps = VideoMessageProps | FlexVideoProps | ImagemapVideoProps;

/**
 * A video. As a message (`R#video-message`): mp4 `originalContentUrl` and a preview image. As the
 * hero of a kilo, mega or giga bubble outside a carousel (`R#f-video`): `url`, `previewUrl`,
 * `altContent`. As `<Imagemap video={…}>`: a video played over part of the imagemap.
 *
 * @example
 * <Video originalContentUrl="https://cdn.example.com/clip.mp4" previewImageUrl="https://cdn.example.com/clip.jpg" />
 */
export const Video = defineBuiltin<VideoProps>({
  name: 'Video',
  slots: {
    message: (_props, frame) => messageJson('video', frame, {}),
    hero: (props, frame) => {
      const json: Record<string, unknown> = { type: 'video', ...copyProps(props, ['altContent', 'action']) };
      put(json, 'altContent', frame.one('altContent', (props as FlexVideoProps).altContent, 'altContent'));
      return put(json, 'action', actionProp(frame));
    },
    imagemapVideo: (props) => copyProps(props),
  },
  misplaced: { box: 'a video can only be the hero of a kilo, mega or giga bubble: <Hero><Video …/></Hero>' },
});
