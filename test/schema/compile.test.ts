import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flexMessageSchema, messageSchema, messagesSchema, pushRequestSchema, richMenuSchema } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { compilePredicate } from '../../packages/schema/src/compile.ts';
import { SHARED_DIR, SPEC_MISSING, specAvailable } from '../../tools/line-openapi.ts';

// The compiled predicate must say "valid" exactly when zod does: it answers for zod on the fast path.
function agree(schema: Parameters<typeof compilePredicate>[0], value: unknown) {
  expect(compilePredicate(schema)(value)).toBe(schema.safeParse(value).success);
}

describe('compilePredicate agrees with zod', () => {
  it('on hand-made edge cases', () => {
    const cases: unknown[] = [
      null,
      [],
      'text',
      { type: 'text' },
      { type: 'text', text: 'hi' },
      { type: 'text', text: 'hi', extra: 1 },
      { type: 'text', text: 'hi', quickReply: undefined },
      { type: 'text', text: undefined },
      { type: 'sticker', packageId: 1, stickerId: '2' },
      {
        type: 'flex',
        altText: 'a',
        contents: {
          type: 'bubble',
          body: { type: 'box', layout: 'baseline', contents: [{ type: 'image', url: 'https://a.example.com/x.png' }] },
        },
      },
      {
        type: 'flex',
        altText: 'a',
        contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(40_000) }] } },
      },
      { type: 'flex', altText: 'a', contents: { type: 'carousel', contents: [] } },
      { type: 'textV2', text: '{a}', substitution: { a: { type: 'mention', mentionee: { type: 'all' } } } },
      { type: 'textV2', text: '{a}', substitution: {} },
    ];
    for (const value of cases) agree(messageSchema, value);
  });

  it('on request envelopes, whose `messages` are checked elsewhere, however deep they nest', () => {
    let deep: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 800; i++) deep = { type: 'box', layout: 'vertical', contents: [deep] };
    const to = `U${'0'.repeat(32)}`;
    for (const value of [
      { to, messages: [] },
      { to, messages: [deep] },
      { to },
      { to, messages: undefined },
      { to, messages: 1, extra: true },
      { messages: [] },
      [],
    ])
      agree(pushRequestSchema, value);
    expect(compilePredicate(pushRequestSchema)({ to, messages: [deep] })).toBe(true);
  });

  it('on a bubble whose JSON only the exact measurement finds too large', () => {
    // Many short strings: the cheap size bound exceeds 30 KB, so the exact check must decide.
    const contents = Array.from({ length: 700 }, (_, i) => ({ type: 'text', text: `row ${i} ${'é'.repeat(3)}` }));
    const message = { type: 'flex', altText: 'a', contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents } } };
    agree(flexMessageSchema, message);
  });

  describe.skipIf(!specAvailable)(`on every corpus file${specAvailable ? '' : ` (${SPEC_MISSING})`}`, () => {
    const root = join(SHARED_DIR, 'corpus');
    const files = specAvailable
      ? readdirSync(root, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .flatMap((d) => readdirSync(join(root, d.name)).map((f) => `${d.name}/${f}`))
      : [];
    it.each(files)('%s', (file) => {
      const value: unknown = JSON.parse(readFileSync(join(root, file), 'utf8'));
      const schema = file.startsWith('multi/') ? messagesSchema : file.startsWith('rich-menu/') ? richMenuSchema : messageSchema;
      agree(schema as Parameters<typeof compilePredicate>[0], value);
    });
  });
});
