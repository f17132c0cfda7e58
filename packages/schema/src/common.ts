/** Properties shared by every message: quick reply buttons and the sender (`R#message-common-properties`). */
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { chars, list, mediaUrl, report, strict } from './rules.ts';

export const quickReplyItemSchema = strict('a quick reply button', {
  type: z.literal('action'),
  /** The icon at the start of the chip: HTTPS PNG, square, at most 1 MB. */
  imageUrl: mediaUrl().optional(),
  /** What tapping the chip does; its label is the chip's text. */
  action: actionSchema('quickReply'),
});

export const quickReplySchema = strict('quickReply', {
  /** The chips, at most 13. */
  items: list(quickReplyItemSchema, 'quickReplyItems'),
});

export const senderSchema = strict('sender', {
  /** The name shown instead of the account's: at most 20 characters, and not containing "LINE". */
  name: chars('senderName')
    .check((ctx) => {
      // `R#icon-nickname-switch`: "Certain words such as LINE may not be used." NFKC folds
      // full-width letters (ＬＩＮＥ) into the ASCII word they read as.
      if (/\bline\b/i.test(ctx.value.normalize('NFKC')))
        report(ctx, 'invalid_value', `sender name ${JSON.stringify(ctx.value)} contains "LINE", which LINE does not allow`);
    })
    .optional(),
  /** The icon shown instead of the account's: HTTPS PNG, square, at most 1 MB. */
  iconUrl: mediaUrl().optional(),
});

/** The properties every message object may carry. */
export const messageBase = {
  /** Chips under the chat, shown while this is the last message. */
  quickReply: quickReplySchema.optional(),
  /** Another name and icon for this message. */
  sender: senderSchema.optional(),
};

export type QuickReply = z.infer<typeof quickReplySchema>;
export type QuickReplyItem = z.infer<typeof quickReplyItemSchema>;
export type Sender = z.infer<typeof senderSchema>;
