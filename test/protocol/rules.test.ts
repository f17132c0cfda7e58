/**
 * LINE's rules that the OpenAPI files lack (`packages/protocol/src/rules.ts`, from CONSTRAINTS.md):
 * every key names a real operation, and the table says what CONSTRAINTS.md says.
 */
import {
  ENDPOINT_OPERATIONS,
  ENDPOINTS,
  IDEMPOTENT_POSTS,
  IMAGE_BODIES,
  isOperationId,
  OPERATION_IDS,
  OPERATIONS,
  RATE_LIMITS,
  RETRY_KEY_OPERATIONS,
  rateLimitOf,
} from '@linejsx/protocol';
import { describe, expect, it } from 'vitest';

describe("LINE's rules by operationId", () => {
  it('name real operations, every one of them', () => {
    const keys = [
      ...Object.keys(RATE_LIMITS),
      ...RETRY_KEY_OPERATIONS,
      ...IDEMPOTENT_POSTS,
      ...IMAGE_BODIES,
      ...Object.values(ENDPOINT_OPERATIONS),
    ];
    expect(keys.filter((key) => !isOperationId(key))).toEqual([]);
    expect(new Set(Object.keys(RATE_LIMITS)).size).toBe(Object.keys(RATE_LIMITS).length);
  });

  it('list as idempotent POSTs only POSTs, and put retry keys on the four sends alone', () => {
    expect(IDEMPOTENT_POSTS.filter((id) => OPERATIONS[id].method !== 'POST')).toEqual([]);
    expect(OPERATION_IDS.filter((id) => OPERATIONS[id].retryKey)).toEqual(['pushMessage', 'multicast', 'narrowcast', 'broadcast']);
    expect(OPERATION_IDS.filter((id) => OPERATIONS[id].image)).toEqual(['setRichMenuImage']);
  });

  it('give the rate limits of CONSTRAINTS.md §4', () => {
    const per = (id: (typeof OPERATION_IDS)[number]) => `${OPERATIONS[id].rate.limit}/${OPERATIONS[id].rate.per}`;
    expect(per('pushMessage')).toBe('2000/1000');
    expect(per('multicast')).toBe('200/1000');
    expect(per('narrowcast')).toBe('60/3600000');
    expect(per('richMenuBatch')).toBe('3/3600000');
    expect(per('showLoadingAnimation')).toBe('100/1000');
    expect(per('issueChannelToken')).toBe('370/1000');
    expect(per('getAudienceGroups')).toBe('60/60000');
    expect(per('getRichMenuList')).toBe('10/1000');
  });

  it('keep the short names of the endpoint table, with their rate limits, overridable under either name', () => {
    expect(ENDPOINTS.push).toBe(OPERATIONS.pushMessage);
    expect(ENDPOINTS.multicast.rate).toEqual({ limit: 200, per: 1000 });
    expect(rateLimitOf('push', undefined)).toEqual({ limit: 2000, per: 1000 });
    expect(rateLimitOf('pushMessage', { push: false })).toBeUndefined();
    expect(rateLimitOf('push', { pushMessage: { limit: 1, per: 1 } })).toEqual({ limit: 1, per: 1 });
    expect(rateLimitOf('multicast', false)).toBeUndefined();
  });

  it('treat GET, PUT and DELETE as idempotent, and reply, creations and uploads as not', () => {
    const notIdempotent = OPERATION_IDS.filter((id) => !OPERATIONS[id].idempotent);
    expect(notIdempotent.every((id) => OPERATIONS[id].method === 'POST')).toBe(true);
    for (const id of [
      'replyMessage',
      'createRichMenu',
      'setRichMenuImage',
      'createRichMenuAlias',
      'createAudienceGroup',
      'richMenuBatch',
    ] as const)
      expect(OPERATIONS[id].idempotent).toBe(false);
  });
});
