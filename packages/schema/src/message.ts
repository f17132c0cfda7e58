/** Any message object (`S:Message`), and the 1–5 messages of a send request. */
import { z } from 'zod';
import { flexMessageSchema } from './flex/containers.ts';
import { imagemapMessageSchema } from './messages/imagemap.ts';
import {
  audioMessageSchema,
  couponMessageSchema,
  imageMessageSchema,
  locationMessageSchema,
  stickerMessageSchema,
  videoMessageSchema,
} from './messages/media.ts';
import { templateMessageSchema } from './messages/template.ts';
import { textMessageSchema, textV2MessageSchema } from './messages/text.ts';
import { list } from './rules.ts';

export const MESSAGE_TYPES = [
  'text',
  'textV2',
  'sticker',
  'image',
  'video',
  'audio',
  'location',
  'imagemap',
  'template',
  'flex',
  'coupon',
] as const;

export const messageSchema = z.discriminatedUnion(
  'type',
  [
    textMessageSchema,
    textV2MessageSchema,
    stickerMessageSchema,
    imageMessageSchema,
    videoMessageSchema,
    audioMessageSchema,
    locationMessageSchema,
    imagemapMessageSchema,
    templateMessageSchema,
    flexMessageSchema,
    couponMessageSchema,
  ],
  {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const type = (iss.input as { type?: unknown } | undefined)?.type;
      if (type === 'bubble' || type === 'carousel') {
        return `a ${type} is not a message by itself; wrap it as { "type": "flex", "altText": "…", "contents": ${type} }`;
      }
      if (type === undefined) return 'type is required on a message';
      return `type ${JSON.stringify(type)} is not a message type; LINE accepts ${MESSAGE_TYPES.join(', ')}`;
    },
  },
);

/** The `messages` array of reply, push, multicast, narrowcast and broadcast: 1 to 5 messages. */
export const messagesSchema = list(messageSchema, 'messages');

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
