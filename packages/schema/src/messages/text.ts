/** Text messages (`R#text-message`) and text messages v2 with mentions (`R#text-message-v2`). */
import { z } from 'zod';
import { messageBase } from '../common.ts';
import { LIMITS } from '../limits.ts';
import { chars, checkLength, int, list, report, strict, whole } from '../rules.ts';
import { formatCount, quote } from '../words.ts';

const USER_ID = /^U[0-9a-f]{32}$/;

export const emojiSchema = strict('a LINE emoji', {
  /** Where the emoji goes: the index of a `$` in the text, in UTF-16 code units. */
  index: int(0, Number.MAX_SAFE_INTEGER, 'index'),
  /** The LINE emoji's product ID. */
  productId: z.string(),
  /** The emoji's ID in its product. */
  emojiId: z.string(),
});

export const textMessageSchema = strict(
  'a text message',
  {
    type: z.literal('text'),
    /** The message: at most 5,000 characters; each `$` that `emojis` points at becomes a LINE emoji. */
    text: chars('text'),
    /** LINE emoji at `$` signs of the text, at most 20. */
    emojis: list(emojiSchema, 'emojis').optional(),
    /** The quote token of a message to quote (from a webhook event or a send's answer). */
    quoteToken: z.string().optional(),
    ...messageBase,
  },
  {
    substitution: 'substitution only works on a "textV2" message',
    // Flex text props people carry over to a text message (in TSX the same <Text> is both).
    ...Object.fromEntries(
      ['size', 'weight', 'color', 'wrap', 'align'].map((key) => [key, 'a text message has no styling; use a flex message to style text']),
    ),
  },
).check(
  whole((ctx) => {
    const { text, emojis } = ctx.value;
    if (typeof text !== 'string' || !Array.isArray(emojis)) return;
    emojis.forEach((emoji, i) => {
      // The index is in UTF-16 code units and must land on a "$" placeholder.
      if (Number.isInteger(emoji?.index) && text[emoji.index] !== '$') {
        report(
          ctx,
          'invalid_value',
          `index ${emoji.index} does not point at a "$" in text (found ${quote(text[emoji.index] ?? 'the end of the text')})`,
          ['emojis', i, 'index'],
        );
      }
    });
  }),
);

export const mentionSubstitutionSchema = strict('a mention', {
  type: z.literal('mention'),
  mentionee: z.discriminatedUnion('type', [
    strict('a user mention', {
      type: z.literal('user'),
      userId: z.string().check((ctx) => {
        if (!USER_ID.test(ctx.value))
          report(ctx, 'invalid_format', `userId ${quote(ctx.value)} is not a LINE user ID (U followed by 32 hex digits)`);
      }),
    }),
    strict('an all mention', { type: z.literal('all') }),
  ]),
});

export const emojiSubstitutionSchema = strict('an emoji substitution', {
  type: z.literal('emoji'),
  productId: z.string(),
  emojiId: z.string(),
});

export const substitutionSchema = z.discriminatedUnion('type', [mentionSubstitutionSchema, emojiSubstitutionSchema]);

const KEY = /^[0-9a-zA-Z_]+$/;

/** The `{key}` placeholders of a textV2 text, or a description of the first brace that does not pair. */
export function textV2Placeholders(text: string): { keys: string[]; problem?: string } {
  const keys: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      i++; // "{{" and "}}" are escaped literal braces
    } else if (c === '}') {
      return { keys, problem: `text has a "}" at index ${i} with no "{" before it; write "}}" for a literal brace` };
    } else if (c === '{') {
      const end = text.indexOf('}', i + 1);
      const open = text.indexOf('{', i + 1);
      if (end < 0 || (open >= 0 && open < end)) {
        return { keys, problem: `text has a "{" at index ${i} that is never closed; write "{{" for a literal brace` };
      }
      keys.push(text.slice(i + 1, end));
      i = end;
    }
  }
  return { keys };
}

export const textV2MessageSchema = strict('a textV2 message', {
  type: z.literal('textV2'),
  text: chars('text'),
  substitution: z.record(z.string(), substitutionSchema).optional(),
  quoteToken: z.string().optional(),
  ...messageBase,
}).check(
  whole((ctx) => {
    const { text, substitution = {} } = ctx.value;
    if (typeof text !== 'string' || typeof substitution !== 'object' || substitution === null) return;
    const entries = Object.entries(substitution);
    const { keys, problem } = textV2Placeholders(text);
    if (problem) report(ctx, 'invalid_format', problem, ['text']);
    for (const key of new Set(keys)) {
      if (!KEY.test(key)) {
        report(
          ctx,
          'invalid_format',
          `text has "{${key}}", which is not a placeholder: keys use only letters, digits and "_"; write "{{" and "}}" for literal braces`,
          ['text'],
        );
      } else if (!(key in substitution)) {
        report(ctx, 'invalid_combination', `text uses {${key}} but substitution has no "${key}"`, ['text']);
      }
    }
    if (entries.length > LIMITS.substitutions.max) {
      report(
        ctx,
        'too_many',
        `${formatCount(entries.length)} substitution objects; LINE allows at most ${LIMITS.substitutions.max} substitution objects`,
        ['substitution'],
        'substitutions',
      );
    }
    let mentions = 0;
    let emoji = 0;
    for (const [key, value] of entries) {
      if (!KEY.test(key))
        report(ctx, 'invalid_format', `substitution key ${quote(key)} may only use letters, digits and "_"`, ['substitution', key]);
      checkLength(ctx, key, 'substitutionKey', ['substitution', key], `substitution key ${quote(key)}`);
      if (value?.type === 'mention') mentions++;
      else if (value?.type === 'emoji') emoji++;
    }
    if (mentions > LIMITS.mentions.max)
      report(ctx, 'too_many', `${mentions} mentions; LINE allows at most ${LIMITS.mentions.max} mentions`, ['substitution'], 'mentions');
    if (emoji > LIMITS.emojis.max)
      report(ctx, 'too_many', `${emoji} LINE emoji; LINE allows at most ${LIMITS.emojis.max} LINE emoji`, ['substitution'], 'emojis');
  }),
);

export type Emoji = z.infer<typeof emojiSchema>;
export type TextMessage = z.infer<typeof textMessageSchema>;
export type TextMessageV2 = z.infer<typeof textV2MessageSchema>;
export type SubstitutionObject = z.infer<typeof substitutionSchema>;
