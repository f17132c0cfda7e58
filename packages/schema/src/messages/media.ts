/** Sticker, image, video, audio and location messages (`R#sticker-message` … `R#location-message`). */
import { z } from 'zod';
import { messageBase } from '../common.ts';
import { chars, int, mediaUrl, nonEmpty, report, strict } from '../rules.ts';
import { quote } from '../words.ts';

/** LINE's IDs are strings; PHP and Python bots often send numbers, which LINE rejects. */
const idString = (what: string) =>
  z.string({
    error: (iss) => (typeof iss.input === 'number' ? `${what} must be a string ("${iss.input}"), not a number` : undefined),
  });

export const stickerMessageSchema = strict('a sticker message', {
  type: z.literal('sticker'),
  /** The sticker's package ID, from LINE's list of stickers a bot may send. */
  packageId: idString('packageId'),
  /** The sticker's ID in its package. */
  stickerId: idString('stickerId'),
  /** The quote token of a message to quote (from a webhook event or a send's answer). */
  quoteToken: z.string().optional(),
  ...messageBase,
});

export const imageMessageSchema = strict('an image message', {
  type: z.literal('image'),
  /** The image opened in full: HTTPS, JPEG or PNG, at most 10 MB. */
  originalContentUrl: mediaUrl(),
  /** The image shown in the chat: HTTPS, JPEG or PNG, at most 1 MB. */
  previewImageUrl: mediaUrl(),
  ...messageBase,
});

const TRACKING_ID = /^[A-Za-z0-9\-.=,+*()%$&;:@{}!?<>[\]]+$/;

export const videoMessageSchema = strict('a video message', {
  type: z.literal('video'),
  /** The video: HTTPS mp4, at most 200 MB. */
  originalContentUrl: mediaUrl(),
  /** Shown in the chat before it plays: HTTPS, JPEG or PNG, at most 1 MB, the video's aspect ratio. */
  previewImageUrl: mediaUrl(),
  /** Names the video in the "video viewing complete" webhook event: at most 100 characters (not for groups and rooms). */
  trackingId: chars('trackingId')
    .check((ctx) => {
      if (ctx.value && !TRACKING_ID.test(ctx.value)) {
        report(ctx, 'invalid_format', `trackingId ${quote(ctx.value)} may only use letters, digits and -.=,+*()%$&;:@{}!?<>[]`);
      }
    })
    .optional(),
  ...messageBase,
});

export const audioMessageSchema = strict('an audio message', {
  type: z.literal('audio'),
  /** The audio: HTTPS mp3 or m4a, at most 200 MB. */
  originalContentUrl: mediaUrl(),
  /** Its length in milliseconds. */
  duration: int(1, Number.MAX_SAFE_INTEGER, 'duration (milliseconds)'),
  ...messageBase,
});

const coordinate = (bound: number, what: string) =>
  z.number().check((ctx) => {
    if (!Number.isFinite(ctx.value) || Math.abs(ctx.value) > bound) {
      report(ctx, 'out_of_range', `${what} ${ctx.value} is outside -${bound} to ${bound}`);
    }
  });

export const locationMessageSchema = strict('a location message', {
  type: z.literal('location'),
  /** The place's name: at most 100 characters. */
  title: chars('locationTitle'),
  /** Its address: at most 100 characters. */
  address: chars('locationAddress'),
  /** Latitude in degrees, -90 to 90. */
  latitude: coordinate(90, 'latitude'),
  /** Longitude in degrees, -180 to 180. */
  longitude: coordinate(180, 'longitude'),
  ...messageBase,
});

export const couponMessageSchema = strict('a coupon message', {
  type: z.literal('coupon'),
  /** The ID of a coupon made with the coupon API. */
  couponId: nonEmpty('couponId'),
  /** Labels this delivery in the coupon's statistics: at most 30 letters, digits and `_`. */
  deliveryTag: chars('deliveryTag')
    .check((ctx) => {
      if (!/^[A-Za-z0-9_]*$/.test(ctx.value)) report(ctx, 'invalid_format', `deliveryTag may only use letters, digits and "_"`);
    })
    .optional(),
  ...messageBase,
});

export type StickerMessage = z.infer<typeof stickerMessageSchema>;
export type ImageMessage = z.infer<typeof imageMessageSchema>;
export type VideoMessage = z.infer<typeof videoMessageSchema>;
export type AudioMessage = z.infer<typeof audioMessageSchema>;
export type LocationMessage = z.infer<typeof locationMessageSchema>;
export type CouponMessage = z.infer<typeof couponMessageSchema>;
