/**
 * Random text through the importer: whatever characters a text, a span, an attribute or a textV2
 * placeholder holds (braces, entities, edge and Unicode spaces, line breaks, quotes, lone
 * surrogates), the imported TSX renders to the same JSON, or to the same problems when LINE's rules
 * refuse it.
 */

import { validateMessage } from '@linejsx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asJson, problemsOf, roundTrip } from '../support/imported-tsx.ts';

const tricky = fc.constantFrom(
  '{',
  '}',
  '{{',
  '}}',
  '{x}',
  '<',
  '>',
  '</Text>',
  '&amp;',
  '&#123;',
  '&',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u2060',
  '$',
  "'",
  '"',
  '\\',
  '`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile string, kept literally
  '${x}',
  '\ud83d',
  '\ude00',
  '😀',
  '👍🏽',
  'é',
  'e\u0301',
  '\u200b',
  '*/',
  '//',
  'ไทย',
  '中文',
);
const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const shortText = text.map((t) => [...t].slice(0, 12).join(''));

const USERS = [`U${'0'.repeat(32)}`, `U${'a1'.repeat(16)}`];
const entity = fc.constantFrom(
  { type: 'mention', mentionee: { type: 'user', userId: USERS[0] } },
  { type: 'mention', mentionee: { type: 'user', userId: USERS[1] } },
  { type: 'mention', mentionee: { type: 'all' } },
  { type: 'emoji', productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' },
  { type: 'emoji', productId: '5ac1bfd5040ab15980c9b435', emojiId: '002' },
);

const flexMessage = fc
  .record({
    altText: text,
    texts: fc.array(
      fc.oneof(
        text.map((t) => ({ type: 'text', text: t })),
        fc
          .array(text, { minLength: 1, maxLength: 3 })
          .map((spans) => ({ type: 'text', contents: spans.map((s) => ({ type: 'span', text: s })) })),
      ),
      { maxLength: 3 },
    ),
    label: shortText,
    data: text,
  })
  .map(({ altText, texts, label, data }) => ({
    type: 'flex',
    altText,
    contents: {
      type: 'bubble',
      body: {
        type: 'box',
        layout: 'vertical',
        contents: [...texts, { type: 'button', action: { type: 'postback', label, data, displayText: label } }],
      },
    },
  }));

/** A text message whose LINE emoji sit at "$" placeholders between random texts. */
const emojiMessage = fc.array(fc.oneof(text, fc.constant(null)), { minLength: 1, maxLength: 5 }).map((parts) => {
  let value = '';
  const emojis: unknown[] = [];
  for (const part of parts) {
    if (part === null) {
      emojis.push({ index: value.length, productId: '5ac1bfd5040ab15980c9b435', emojiId: '003' });
      value += '$';
    } else value += part;
  }
  return emojis.length ? { type: 'text', text: value, emojis } : { type: 'text', text: value };
});

/** A textV2 message: random texts, with literal braces escaped, between placeholders of random keys. */
const textV2Message = fc
  .record({
    keys: fc.uniqueArray(fc.constantFrom<string>('user0', 'user1', 'all', 'all1', 'emoji0', 'emoji1', 'friend', 'x_2'), {
      minLength: 1,
      maxLength: 4,
    }),
    entities: fc.array(entity, { minLength: 4, maxLength: 4 }),
    parts: fc.array(fc.oneof(text, fc.nat(3)), { minLength: 1, maxLength: 6 }),
  })
  .map(({ keys, entities, parts }) => {
    const used = new Set<string>();
    let value = '';
    for (const part of parts) {
      if (typeof part === 'string') value += part.replace(/[{}]/g, (c) => c + c);
      else {
        const key = keys[part % keys.length]!;
        used.add(key);
        value += `{${key}}`;
      }
    }
    const substitution = Object.fromEntries([...used].map((key) => [key, entities[keys.indexOf(key)]]));
    return used.size ? { type: 'textV2', text: value, substitution } : { type: 'textV2', text: value };
  });

async function sameAsJson(json: unknown) {
  const { rendered, problems } = await roundTrip(json);
  const validation = validateMessage(json);
  if (validation.ok) expect(rendered).toEqual(asJson(json));
  else expect(problems).toEqual(problemsOf(validation.issues));
}

describe('import round trip of random text', () => {
  it('in flex texts, spans, altText and action props', async () => {
    await fc.assert(fc.asyncProperty(flexMessage, sameAsJson), { numRuns: 40 });
  });

  it('in text messages with LINE emoji', async () => {
    await fc.assert(fc.asyncProperty(emojiMessage, sameAsJson), { numRuns: 40 });
  });

  it('in textV2 messages with mentions and emoji under any keys', async () => {
    await fc.assert(fc.asyncProperty(textV2Message, sameAsJson), { numRuns: 40 });
  });
});
