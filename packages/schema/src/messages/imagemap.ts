/** Imagemap messages (`R#imagemap-message`): a tappable image with up to 50 areas and an optional video. */
import { z } from 'zod';
import { messageBase } from '../common.ts';
import { LIMITS } from '../limits.ts';
import { isRectangle, isSize, pastTheEdges } from '../rectangles.ts';
import { chars, int, list, mediaUrl, report, strict, url, whole } from '../rules.ts';
import { quote } from '../words.ts';

export const imagemapAreaSchema = strict('an imagemap area', {
  /** Its left edge, in pixels of the 1040-wide base. */
  x: int(0, Number.MAX_SAFE_INTEGER, 'x'),
  /** Its top edge, in pixels of the base. */
  y: int(0, Number.MAX_SAFE_INTEGER, 'y'),
  /** Its width, in pixels of the base; it must end inside the image. */
  width: int(1, Number.MAX_SAFE_INTEGER, 'width'),
  /** Its height, in pixels of the base; it must end inside the image. */
  height: int(1, Number.MAX_SAFE_INTEGER, 'height'),
});

const linkUri = () => url('imagemapLinkUri', ['http', 'https', 'line', 'tel']);
const label = chars('imagemapLabel').optional();

export const imagemapActionSchema = z.discriminatedUnion('type', [
  strict('an imagemap URI action', { type: z.literal('uri'), linkUri: linkUri(), area: imagemapAreaSchema, label }),
  strict('an imagemap message action', { type: z.literal('message'), text: chars('imagemapText'), area: imagemapAreaSchema, label }),
  strict('an imagemap clipboard action', {
    type: z.literal('clipboard'),
    clipboardText: chars('clipboardText'),
    area: imagemapAreaSchema,
    label,
  }),
]);

export const imagemapVideoSchema = strict(
  'an imagemap video',
  {
    /** The video: HTTPS mp4, at most 200 MB. */
    originalContentUrl: mediaUrl(),
    /** Shown before it plays: HTTPS, JPEG or PNG, at most 1 MB. */
    previewImageUrl: mediaUrl(),
    /** Where it plays: `{ x, y, width, height }` in pixels of the 1040-wide base. */
    area: imagemapAreaSchema,
    /** A link offered once the video has played: `{ linkUri, label }`. */
    externalLink: strict('externalLink', {
      /** Opened when tapped: http, https, line or tel, at most 1,000 characters. */
      linkUri: linkUri(),
      /** The link's text: at most 30 characters. */
      label: chars('imagemapLinkLabel'),
    }).optional(),
  },
  { external_link: 'the property is spelled "externalLink"' },
);

export const imagemapMessageSchema = strict('an imagemap message', {
  type: z.literal('imagemap'),
  /** Where LINE loads the image from, adding /240, /300, /460, /700 or /1040 (its width): HTTPS, no file extension. */
  baseUrl: mediaUrl().check((ctx) => {
    // LINE appends /{240,300,460,700,1040} to baseUrl, so it must name a folder, not a file. With a
    // query string the suffix lands in the query (the "?_ignore=" trick), which LINE serves fine.
    if (ctx.value.includes('?')) return;
    const path = ctx.value.replace(/#.*$/, '').replace(/^[a-z]+:\/\/[^/]*/i, '');
    const extension = /\.(png|jpe?g|gif|webp)$/i.exec(path)?.[0];
    if (extension) {
      report(
        ctx,
        'invalid_format',
        `baseUrl ${quote(ctx.value)} ends in "${extension}"; LINE appends /1040 (and /240, /300, /460, /700) to it, so it must be a path without a file extension`,
      );
    }
  }),
  /** Shown in notifications, the chat list and quotes: at most 1,500 characters. */
  altText: chars('altText'),
  /** `{ width: 1040, height }`: the image's size that areas are given in, the height scaled to a 1040 width. */
  baseSize: strict('baseSize', {
    /** Always 1040. */
    width: z.number().check((ctx) => {
      if (ctx.value !== LIMITS.imagemapBaseWidth.max) {
        report(
          ctx,
          'invalid_value',
          `baseSize.width is ${ctx.value}; LINE requires 1040 (scale the height to match)`,
          [],
          'imagemapBaseWidth',
        );
      }
    }),
    /** The image's height when it is 1040 wide. */
    height: int(1, Number.MAX_SAFE_INTEGER, 'baseSize.height'),
  }),
  /** The tappable areas, at most 50. */
  actions: list(imagemapActionSchema, 'imagemapActions'),
  /** A video played over part of the image. */
  video: imagemapVideoSchema.optional(),
  ...messageBase,
}).check(
  // Areas are in pixels of baseSize: one reaching past it is a tap target off the image, as a rich
  // menu area past the menu is (R#imagemap-area-object). With a baseSize.width other than LINE's
  // 1040 (a problem of its own) the areas are left alone: they are rescaled with the width.
  whole((ctx) => {
    const { baseSize, actions, video } = ctx.value;
    if (!isSize(baseSize) || baseSize.width !== LIMITS.imagemapBaseWidth.max) return;
    const past = (area: unknown, what: string, path: PropertyKey[]) => {
      const edges = isRectangle(area) ? pastTheEdges(area, baseSize) : undefined;
      if (edges) {
        report(ctx, 'out_of_range', `${what} reaches past the image ${edges} of the ${baseSize.width}x${baseSize.height} baseSize`, path);
      }
    };
    if (Array.isArray(actions))
      for (const [i, action] of actions.entries()) past(action?.area, `action ${i}'s area`, ['actions', i, 'area']);
    past(video?.area, "the video's area", ['video', 'area']);
  }),
);

export type ImagemapArea = z.infer<typeof imagemapAreaSchema>;
export type ImagemapAction = z.infer<typeof imagemapActionSchema>;
export type ImagemapVideo = z.infer<typeof imagemapVideoSchema>;
export type ImagemapMessage = z.infer<typeof imagemapMessageSchema>;
