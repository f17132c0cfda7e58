/**
 * What the command says while it waits for LINE's rate limit: a broadcast that waited 560 s for
 * LINE's 60 an hour (retries count) said nothing at all.
 */
import { HOUR, type LogEntry, MINUTE, SECOND } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { waitWords } from '../../packages/cli/src/connection.ts';

const wait = (delay: number, limit: LogEntry['limit'], path = '/v2/bot/message/broadcast'): LogEntry => ({
  event: 'wait',
  method: 'POST',
  path,
  attempt: 2,
  delay,
  ...(limit ? { limit } : {}),
});

describe('a wait for the rate limit', () => {
  it('says the limit and how long', () => {
    expect(waitWords(wait(560_000, { limit: 60, per: HOUR }))).toBe(
      'waiting 9 min 20 s before POST /v2/bot/message/broadcast: LINE allows 60 of these an hour, retries included, and they are spent',
    );
    expect(waitWords(wait(3_700_000, { limit: 60, per: HOUR }))).toMatch(/^waiting 1 h 1 min before/);
    expect(waitWords(wait(1500, { limit: 1000, per: MINUTE }, '/v2/bot/channel/webhook/endpoint'))).toBe(
      'waiting 2 s before POST /v2/bot/channel/webhook/endpoint: LINE allows 1,000 of these a minute, retries included, and they are spent',
    );
    expect(waitWords(wait(1000, { limit: 200, per: SECOND }))).toContain('200 of these a second');
    expect(waitWords(wait(4000, { limit: 5, per: 1500 }))).toContain('LINE allows 5 of these in 2 s');
  });
});
