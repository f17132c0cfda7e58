/**
 * The request bodies `@linejsx/schema` checks besides messages and rich menus, at the edges of
 * LINE's limits: the loading animation, the rich menu batch, audiences.
 */
import {
  audienceCreateRequestSchema,
  clickAudienceRequestSchema,
  loadingAnimationRequestSchema,
  richMenuBatchRequestSchema,
  validateWith,
} from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

const user = `U${'0'.repeat(32)}`;
const problems = (schema: Parameters<typeof validateWith>[0], value: unknown) =>
  validateWith(schema, value).issues.map((i) => `${i.path}: ${i.message}`);

describe('the loading animation (loadingSeconds)', () => {
  it('takes 5 to 60 seconds in steps of 5, in a one-to-one chat', () => {
    for (const loadingSeconds of [5, 20, 60]) expect(problems(loadingAnimationRequestSchema, { chatId: user, loadingSeconds })).toEqual([]);
    expect(problems(loadingAnimationRequestSchema, { chatId: user, loadingSeconds: 4 })).toEqual([
      'loadingSeconds: loadingSeconds is 4; LINE allows 5 to 60',
    ]);
    expect(problems(loadingAnimationRequestSchema, { chatId: user, loadingSeconds: 65 })).toEqual([
      'loadingSeconds: loadingSeconds is 65; LINE allows 5 to 60',
    ]);
    expect(problems(loadingAnimationRequestSchema, { chatId: user, loadingSeconds: 12 })).toEqual([
      'loadingSeconds: loadingSeconds is 12; LINE takes multiples of 5',
    ]);
    expect(problems(loadingAnimationRequestSchema, { chatId: `C${'0'.repeat(32)}` })[0]).toContain('one-to-one chats only');
  });
});

describe('the rich menu batch (richMenuBatchOperations, resumeRequestKey)', () => {
  const unlink = { type: 'unlink', from: 'richmenu-1' };
  it('takes 1 to 1,000 operations', () => {
    expect(problems(richMenuBatchRequestSchema, { operations: Array(1000).fill(unlink) })).toEqual([]);
    expect(problems(richMenuBatchRequestSchema, { operations: Array(1001).fill(unlink) })).toEqual([
      'operations: 1,001 operations; LINE allows at most 1,000 operations',
    ]);
    expect(problems(richMenuBatchRequestSchema, { operations: [] })).toEqual(['operations: 0 operations; LINE needs at least 1 operation']);
    expect(problems(richMenuBatchRequestSchema, { operations: [{ type: 'link', from: 'a' }] })[0]).toContain('operations[0].to');
  });
  it('takes a resumeRequestKey of 1 to 100 letters, digits, "_" and "-"', () => {
    expect(problems(richMenuBatchRequestSchema, { operations: [unlink], resumeRequestKey: 'a'.repeat(100) })).toEqual([]);
    expect(problems(richMenuBatchRequestSchema, { operations: [unlink], resumeRequestKey: 'a'.repeat(101) })).toEqual([
      'resumeRequestKey: resumeRequestKey is 101 characters; LINE allows at most 100',
    ]);
    expect(problems(richMenuBatchRequestSchema, { operations: [unlink], resumeRequestKey: 'a b' })).toEqual([
      'resumeRequestKey: resumeRequestKey may only use letters, digits, "_" and "-"',
    ]);
  });
});

describe('audiences (audienceDescription, audienceIds, audienceClickUrl)', () => {
  it('take a name of 1 to 120 characters and up to 10,000 IDs', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id${i}` }));
    expect(problems(audienceCreateRequestSchema, { description: 'x'.repeat(120), audiences: ids(10_000) })).toEqual([]);
    expect(problems(audienceCreateRequestSchema, { description: 'x'.repeat(121) })).toEqual([
      'description: description is 121 characters; LINE allows at most 120',
    ]);
    expect(problems(audienceCreateRequestSchema, { description: '' })).toEqual(['description: description must not be empty']);
    expect(problems(audienceCreateRequestSchema, { description: 'x', audiences: ids(10_001) })).toEqual([
      'audiences: 10,001 user IDs or IFAs; LINE allows at most 10,000 user IDs or IFAs',
    ]);
  });
  it('of who clicked take a URL of at most 2,000 characters', () => {
    const url = (n: number) => `https://example.com/${'a'.repeat(n - 20)}`;
    expect(problems(clickAudienceRequestSchema, { description: 'x', requestId: 'r', clickUrl: url(2000) })).toEqual([]);
    expect(problems(clickAudienceRequestSchema, { description: 'x', requestId: 'r', clickUrl: url(2001) })).toEqual([
      'clickUrl: URL is 2,001 characters; LINE allows at most 2,000',
    ]);
  });
});
