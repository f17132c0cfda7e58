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
  packageId: idString('packageId'),
  stickerId: idString('stickerId'),
  quoteToken: z.string().optional(),
  ...messageBase,
});

export const imageMessageSchema = strict('an image message', {
  type: z.literal('image'),
  originalContentUrl: mediaUrl(),
  previewImageUrl: mediaUrl(),
  ...messageBase,
});

const TRACKING_ID = /^[A-Za-z0-9\-.=,+*()%$&;:@{}!?<>[\]]+$/;

export const videoMessageSchema = strict('a video message', {
  type: z.literal('video'),
  originalContentUrl: mediaUrl(),
  previewImageUrl: mediaUrl(),
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
  originalContentUrl: mediaUrl(),
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
  title: chars('locationTitle'),
  address: chars('locationAddress'),
  latitude: coordinate(90, 'latitude'),
  longitude: coordinate(180, 'longitude'),
  ...messageBase,
});

export const couponMessageSchema = strict('a coupon message', {
  type: z.literal('coupon'),
  couponId: nonEmpty('couponId'),
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
