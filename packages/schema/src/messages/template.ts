/** Template messages (`R#template-messages`): buttons, confirm, carousel and image carousel. */
import { z } from 'zod';
import { actionSchema } from '../actions.ts';
import { messageBase } from '../common.ts';
import type { LimitId } from '../limits.ts';
import { chars, checkLength, color, keyword, list, mediaUrl, report, strict, whole } from '../rules.ts';
import { itemsNoun } from '../words.ts';

const imageAspectRatio = keyword(['rectangle', 'square']).optional();
const imageSize = keyword(['cover', 'contain']).optional();
// `R#buttons`, `R#column-object-for-carousel`: "Specify a RGB color value" (flex colours take an alpha).
const imageBackgroundColor = color({ alpha: false }).optional();

/** `text` is limited more tightly when the card also shows an image or a title. */
function checkCardText(
  ctx: z.core.ParsePayload<{ text: string; title?: string | undefined; thumbnailImageUrl?: string | undefined }>,
  plain: LimitId,
  withImageOrTitle: LimitId,
) {
  const { text, title, thumbnailImageUrl } = ctx.value;
  if (typeof text !== 'string') return;
  const tight = title !== undefined || thumbnailImageUrl !== undefined;
  checkLength(
    ctx,
    text,
    tight ? withImageOrTitle : plain,
    ['text'],
    tight ? `text (with ${title !== undefined ? 'a title' : 'an image'})` : 'text',
  );
  if (text.length === 0) report(ctx, 'too_short', 'text must not be empty', ['text']);
}

export const buttonsTemplateSchema = strict('a buttons template', {
  type: z.literal('buttons'),
  /** The image at the top: HTTPS, JPEG or PNG, at most 1024 px wide and 10 MB. */
  thumbnailImageUrl: mediaUrl().optional(),
  /** The image's shape: `rectangle` (1.51:1, default) or `square`. */
  imageAspectRatio,
  /** `cover` (default): the image fills its area, cropped; `contain`: all of it, over `imageBackgroundColor`. */
  imageSize,
  /** Colour behind the image, `#RRGGBB`; default white. */
  imageBackgroundColor,
  /** Bold title above the text: at most 40 characters. */
  title: chars('templateTitle').optional(),
  /** The message: at most 160 characters, or 60 with an image or a title. */
  text: z.string(),
  /** What tapping the image, title or text does. */
  defaultAction: actionSchema('templateDefault').optional(),
  /** The buttons, 1 to 4. */
  actions: list(actionSchema('template'), 'buttonsActions'),
}).check(whole((ctx) => checkCardText(ctx, 'buttonsText', 'buttonsTextWithImageOrTitle')));

export const confirmTemplateSchema = strict('a confirm template', {
  type: z.literal('confirm'),
  /** The question: at most 240 characters. */
  text: chars('confirmText').check((ctx) => {
    if (ctx.value.length === 0) report(ctx, 'too_short', 'text must not be empty');
  }),
  /** The two answers. */
  actions: list(actionSchema('template'), 'confirmActions'),
});

export const carouselColumnSchema = strict('a carousel column', {
  /** The image at the top: HTTPS, JPEG or PNG, at most 1024 px wide and 10 MB; all columns have one, or none. */
  thumbnailImageUrl: mediaUrl().optional(),
  /** Colour behind the image, `#RRGGBB`; default white. */
  imageBackgroundColor,
  /** Bold title above the text: at most 40 characters; all columns have one, or none. */
  title: chars('templateTitle').optional(),
  /** The column's text: at most 120 characters, or 60 with an image or a title. */
  text: z.string(),
  /** What tapping the image, title or text does. */
  defaultAction: actionSchema('templateDefault').optional(),
  /** The buttons, 1 to 3, as many in every column. */
  actions: list(actionSchema('template'), 'columnActions'),
}).check(whole((ctx) => checkCardText(ctx, 'columnText', 'columnTextWithImageOrTitle')));

export const carouselTemplateSchema = strict('a carousel template', {
  type: z.literal('carousel'),
  /** The columns, 1 to 10. */
  columns: list(carouselColumnSchema, 'carouselColumns'),
  /** Every column's image shape: `rectangle` (1.51:1, default) or `square`. */
  imageAspectRatio,
  /** `cover` (default): images fill their area, cropped; `contain`: all of each, over its `imageBackgroundColor`. */
  imageSize,
}).check(
  whole((ctx) => {
    // `R#column-object-for-carousel`: every column has the same number of actions and the same
    // image/title presence as the first.
    const [first, ...rest] = ctx.value.columns;
    if (!first) return;
    rest.forEach((column, i) => {
      const at = ['columns', i + 1];
      if (Array.isArray(column.actions) && Array.isArray(first.actions) && column.actions.length !== first.actions.length) {
        report(
          ctx,
          'invalid_combination',
          `column ${i + 1} has ${column.actions.length} ${itemsNoun('actions', column.actions.length)} but column 0 has ${first.actions.length}; every column needs the same number`,
          [...at, 'actions'],
        );
      }
      for (const key of ['thumbnailImageUrl', 'title'] as const) {
        if ((column[key] === undefined) !== (first[key] === undefined)) {
          report(
            ctx,
            'invalid_combination',
            `column ${i + 1} ${column[key] === undefined ? 'has no' : 'has a'} ${key} but column 0 ${first[key] === undefined ? 'has none' : 'has one'}; all columns must match`,
            [...at, key],
          );
        }
      }
    });
  }),
);

export const imageCarouselColumnSchema = strict('an image carousel column', {
  /** The square image: HTTPS, JPEG or PNG, at most 1024 px wide and 10 MB. */
  imageUrl: mediaUrl(),
  /** What tapping the image does; its label (at most 12 characters) is drawn over it. */
  action: actionSchema('imageCarousel'),
});

export const imageCarouselTemplateSchema = strict('an image carousel template', {
  type: z.literal('image_carousel'),
  /** The images, 1 to 10. */
  columns: list(imageCarouselColumnSchema, 'imageCarouselColumns'),
});

export const templateSchema = z.discriminatedUnion('type', [
  buttonsTemplateSchema,
  confirmTemplateSchema,
  carouselTemplateSchema,
  imageCarouselTemplateSchema,
]);

export const templateMessageSchema = strict('a template message', {
  type: z.literal('template'),
  /** Shown in notifications, the chat list and quotes: at most 1,500 characters. */
  altText: chars('altText'),
  /** The buttons, confirm, carousel or image carousel template. */
  template: templateSchema,
  ...messageBase,
});

export type ButtonsTemplate = z.infer<typeof buttonsTemplateSchema>;
export type ConfirmTemplate = z.infer<typeof confirmTemplateSchema>;
export type CarouselColumn = z.infer<typeof carouselColumnSchema>;
export type CarouselTemplate = z.infer<typeof carouselTemplateSchema>;
export type ImageCarouselColumn = z.infer<typeof imageCarouselColumnSchema>;
export type ImageCarouselTemplate = z.infer<typeof imageCarouselTemplateSchema>;
export type Template = z.infer<typeof templateSchema>;
export type TemplateMessage = z.infer<typeof templateMessageSchema>;
