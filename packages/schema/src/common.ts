/** Properties shared by every message: quick reply buttons and the sender (`R#message-common-properties`). */
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { chars, list, mediaUrl, report, strict } from './rules.ts';

export const quickReplyItemSchema = strict('a quick reply button', {
  type: z.literal('action'),
  imageUrl: mediaUrl().optional(),
  action: actionSchema('quickReply'),
});

export const quickReplySchema = strict('quickReply', { items: list(quickReplyItemSchema, 'quickReplyItems') });

export const senderSchema = strict('sender', {
  name: chars('senderName')
    .check((ctx) => {
      // `R#icon-nickname-switch`: "Certain words such as LINE may not be used." NFKC folds
      // full-width letters (ＬＩＮＥ) into the ASCII word they read as.
      if (/\bline\b/i.test(ctx.value.normalize('NFKC')))
        report(ctx, 'invalid_value', `sender name ${JSON.stringify(ctx.value)} contains "LINE", which LINE does not allow`);
    })
    .optional(),
  iconUrl: mediaUrl().optional(),
});

/** The properties every message object may carry. */
export const messageBase = {
  quickReply: quickReplySchema.optional(),
  sender: senderSchema.optional(),
};

export type QuickReply = z.infer<typeof quickReplySchema>;
export type QuickReplyItem = z.infer<typeof quickReplyItemSchema>;
export type Sender = z.infer<typeof senderSchema>;
