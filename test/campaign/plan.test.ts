/**
 * Planning, without Redis: job sizes and the limiter from LINE's endpoint table, identical messages
 * grouped into multicasts of up to 500, everyone else in push jobs, a retry key per request made
 * once; audience lines read with their problems; rendering checked by its fingerprint.
 */
import { fingerprintOf, jobLimiter, parseAudienceLine, pushBatch, renderFor } from '@linejsx/campaign';
import { createElement } from '@linejsx/jsx';
import { ENDPOINTS, MULTICAST_CHUNK, RETRY_KEY, rateLimitOf } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { unpackMessages } from '../../packages/campaign/src/packing.ts';
import { createPlanner, multicastFingerprints, type PlannedJob } from '../../packages/campaign/src/plan.ts';
import Points, { type PointsProps } from './fixtures/points.tsx';

const user = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

describe('job sizes and the limiter', () => {
  it("put as many pushes in a job as one multicast request is worth in LINE's limits", () => {
    const push = rateLimitOf('push', undefined)!;
    const multicast = rateLimitOf('multicast', undefined)!;
    expect(pushBatch()).toBe(push.limit / push.per / (multicast.limit / multicast.per));
    expect(pushBatch()).toBe(10);
  });

  it('keep push jobs within 2,000 pushes/s and multicast jobs within 200 requests/s, in windows of a tenth of a second', () => {
    const limiter = jobLimiter(10, undefined)!;
    expect(limiter).toEqual({ max: 20, duration: 100 });
    const jobsPerSecond = (limiter.max * 1000) / limiter.duration;
    expect(jobsPerSecond * 10).toBe(ENDPOINTS.push.rate.limit);
    expect(jobsPerSecond).toBe(ENDPOINTS.multicast.rate.limit);
    // Two windows' worth landing together stay far within LINE's bucket of a second's requests.
    expect(2 * limiter.max * 10).toBeLessThan(ENDPOINTS.push.rate.limit);
  });

  it('follow overrides, and there is none without limits', () => {
    expect(jobLimiter(10, false)).toBeUndefined();
    expect(jobLimiter(10, { push: false, multicast: false })).toBeUndefined();
    expect(jobLimiter(10, { multicast: { limit: 2, per: 1000 } })).toEqual({ max: 1, duration: 500 });
  });
});

describe('the planner', () => {
  const plan = (recipients: Array<{ to: string; fingerprint: string }>, multicast: ReadonlySet<string>): PlannedJob[] => {
    const planner = createPlanner({ channel: 'default', batch: 10, multicast, keysMadeAt: 1 });
    return [...recipients.flatMap((r) => planner.add({ ...r, json: `[{"type":"text","text":"${r.fingerprint}"}]` })), ...planner.flush()];
  };

  it('groups identical messages to more users than a push job holds into multicasts of up to 500', () => {
    const users = new Map([
      ['same', 1201],
      ['few', 10],
      ['own', 1],
    ]);
    const multicast = multicastFingerprints(users, 10);
    expect(multicast).toEqual(new Set(['same']));
    const recipients = [
      ...Array.from({ length: 1201 }, (_, i) => ({ to: user(i), fingerprint: 'same' })),
      ...Array.from({ length: 10 }, (_, i) => ({ to: user(5000 + i), fingerprint: 'few' })),
      { to: user(9000), fingerprint: 'own' },
      { to: `C${'a'.repeat(32)}`, fingerprint: 'same' }, // a group: multicast is for users only
    ];
    const jobs = plan(recipients, multicast);
    const multicasts = jobs.filter((j) => j.data.kind === 'multicast');
    expect(multicasts.map((j) => (j.data.kind === 'multicast' ? j.data.to.length : 0))).toEqual([MULTICAST_CHUNK, MULTICAST_CHUNK, 201]);
    const pushes = jobs.filter((j) => j.data.kind === 'push');
    expect(pushes.map((j) => (j.data.kind === 'push' ? j.data.recipients.length : 0))).toEqual([10, 2]);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
  });

  it('gives every request its own retry key, made at planning and kept in the job', () => {
    const jobs = plan(
      Array.from({ length: 25 }, (_, i) => ({ to: user(i), fingerprint: `f${i}` })),
      new Set(),
    );
    const keys = jobs.flatMap((j) => (j.data.kind === 'push' ? j.data.recipients.map((r) => r.retryKey) : [j.data.retryKey]));
    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    for (const key of keys) expect(key).toMatch(RETRY_KEY);
    expect(jobs.every((j) => j.data.keysMadeAt === 1 && j.data.channel === 'default')).toBe(true);
    // Job data holds a channel's ID, the recipients with their keys, and their messages: nothing else.
    expect(Object.keys(jobs[0]!.data).sort()).toEqual(['channel', 'keysMadeAt', 'kind', 'messages', 'recipients']);
    const [first] = jobs;
    if (first?.data.kind !== 'push') throw new Error('a push job first');
    expect(unpackMessages(first.data.messages)).toEqual(Array.from({ length: 10 }, (_, i) => [{ type: 'text', text: `f${i}` }]));
  });
});

describe('rendering for a campaign', () => {
  const design = { messagesFor: (props: unknown) => createElement(Points, props as PointsProps) };

  it('is deterministic: the same props give the same JSON and fingerprint', () => {
    const props = { name: 'Sally', points: 42, code: 'S4' };
    const a = renderFor(design, props);
    const b = renderFor(design, { ...props });
    expect(a.json).toBe(b.json);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toBe(fingerprintOf(a.json));
    expect(renderFor(design, { ...props, points: 43 }).fingerprint).not.toBe(a.fingerprint);
  });

  it('validates each recipient: props that break LINE rules throw the validation error', () => {
    expect(() => renderFor(design, { name: 'x'.repeat(1600), points: 1, code: 'X' })).toThrow(/altText is 1,619 characters/);
  });
});

describe('audience lines', () => {
  it('are IDs or JSON lines; blank lines and comments are skipped', () => {
    expect(parseAudienceLine(`  ${user(1)}  `, 'a:1')).toEqual({ to: user(1), where: 'a:1' });
    expect(parseAudienceLine(JSON.stringify({ to: user(2), props: { points: 3 } }), 'a:2')).toEqual({
      to: user(2),
      props: { points: 3 },
      where: 'a:2',
    });
    expect(parseAudienceLine('', 'a:3')).toBeUndefined();
    expect(parseAudienceLine('# a comment', 'a:4')).toBeUndefined();
  });

  it('say what is wrong with a line, where', () => {
    const problem = (line: string) => {
      const parsed = parseAudienceLine(line, 'people.jsonl:7');
      return parsed && 'problem' in parsed ? parsed.problem : undefined;
    };
    expect(problem('U12')).toMatchObject({
      path: 'people.jsonl:7',
      message: '"U12" is not a user, group or room ID (U, C or R followed by 32 lowercase hex digits)',
    });
    expect(problem('{"to": 1}')?.message).toBe('"to" is missing or not a string');
    expect(problem('{"to": "U1"')?.message).toMatch(/^not JSON: /);
    expect(problem('[1]')?.message).toMatch(/is not a user/);
    expect(problem(`{"to": "${user(1)}", "props": []}`)?.message).toBe('"props" must be an object');
    expect(problem(`{"to": "${user(1)}", "name": "x"}`)?.message).toBe('unknown key name; a line has "to" and "props"');
  });
});
