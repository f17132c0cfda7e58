/**
 * Narrowcast targeting: `recipient` and `filter.demographic` are checked by the client before
 * anything is sent and by the emulator as LINE does (400 with details), and the emulator delivers
 * to the followers the demographic filter picks.
 */

import { LineValidationError, type NarrowcastTarget } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 120, narrowcastStep: 5 });
const hello = [{ type: 'text', text: 'hello' }] as const;

/** A target as unchecked JSON would give it (a CLI flag, a config file). */
const target = (json: unknown) => json as NarrowcastTarget;

const BAD: ReadonlyArray<readonly [string, NarrowcastTarget, readonly string[]]> = [
  [
    'an unknown recipient type',
    target({ recipient: { type: 'nonsense' } }),
    ['recipient.type: type "nonsense" is not a recipient; LINE accepts "audience", "redelivery" or "operator"'],
  ],
  ['an audience without its ID', target({ recipient: { type: 'audience' } }), ['recipient.audienceGroupId: audienceGroupId is required']],
  [
    'an operator with two of and/or/not',
    target({
      recipient: { type: 'operator', and: [{ type: 'audience', audienceGroupId: 1 }], not: { type: 'redelivery', requestId: 'r' } },
    }),
    ['recipient: an operator recipient takes exactly one of and, or, not; it has and and not'],
  ],
  [
    'eleven audiences',
    target({ recipient: { type: 'operator', or: Array.from({ length: 11 }, (_, i) => ({ type: 'audience', audienceGroupId: i + 1 })) } }),
    ['recipient: 11 audience and redelivery objects in the recipient; LINE allows at most 10'],
  ],
  [
    'a gender LINE does not know',
    target({ filter: { demographic: { type: 'gender', oneOf: ['robot'] } } }),
    ['filter.demographic.oneOf[0]: gender "robot" is not one LINE knows; LINE accepts "male" or "female"'],
  ],
  [
    'an age range that is empty',
    target({ filter: { demographic: { type: 'age', gte: 'age_30', lt: 'age_20' } } }),
    ['filter.demographic.lt: gte "age_30" must be below lt "age_20": nobody is in that range'],
  ],
  [
    'an age filter without bounds',
    target({ filter: { demographic: { type: 'age' } } }),
    ['filter.demographic: an age filter needs gte, lt or both'],
  ],
  [
    'a nested area and subscription period LINE does not know',
    target({
      filter: {
        demographic: {
          type: 'operator',
          or: [
            { type: 'area', oneOf: ['jp_48'] },
            { type: 'subscriptionPeriod', gte: 'day_8' },
          ],
        },
      },
    }),
    [
      'filter.demographic.or[0].oneOf[0]: area "jp_48" is not one LINE knows; LINE accepts jp_01 to jp_47, tw_01 to tw_22, th_01 to th_08 and id_01 to id_12',
      'filter.demographic.or[1].gte: subscriptionPeriod "day_8" is not one LINE knows; LINE accepts "day_7", "day_30", "day_90", "day_180" or "day_365"',
    ],
  ],
  ['a filter without demographic', target({ filter: {} }), ['filter.demographic: demographic is required']],
];

describe('narrowcast recipient and filter', () => {
  it.each(BAD)('refuses %s before anything is sent', async (_, options, problems) => {
    const error = await env
      .client()
      .narrowcast(hello, options)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineValidationError);
    expect((error as LineValidationError).issues.map((i) => `${i.path}: ${i.message}`)).toEqual(problems);
    expect(env.emu.requests()).toEqual([]);
  });

  it.each(BAD)("the emulator refuses %s with 400 and LINE's error body", async (_, options, problems) => {
    const response = await fetch(`${env.emu.url}/v2/bot/message/narrowcast`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.emu.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: hello, ...options }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: `The request body has ${problems.length} error(s)`,
      details: problems.map((p) => ({ property: p.slice(0, p.indexOf(': ')), message: p.slice(p.indexOf(': ') + 2) })),
    });
    expect(env.emu.received().size).toBe(0);
  });

  it('accepts every valid kind of recipient (the emulator, which has no audiences, does not apply it)', async () => {
    const line = env.client();
    const recipient = target({
      type: 'operator',
      and: [
        { type: 'audience', audienceGroupId: 5614991017776 },
        { type: 'operator', not: { type: 'redelivery', requestId: '5b59509c-c57b-11e9-aa8c-2a2ae2dbcce4' } },
      ],
    }).recipient;
    const { requestId } = await line.narrowcast(hello, { recipient });
    expect((await line.waitForNarrowcast(requestId!, { interval: 5 })).successCount).toBe(120);
  });

  it('the emulator delivers to the followers the demographic filter picks', async () => {
    const line = env.client();
    const { emu } = env;
    const reached = async (filter: NarrowcastTarget['filter'], max?: number) => {
      emu.reset();
      const { requestId } = await line.narrowcast(hello, { filter, ...(max ? { limit: { max } } : {}) });
      const progress = await line.waitForNarrowcast(requestId!, { interval: 5 });
      const ids = [...emu.received().keys()];
      expect(progress.successCount).toBe(ids.length);
      return ids;
    };
    const person = (id: string) => emu.followers.indexOf(id);
    // The emulated followers: gender by i % 3 (male, female, unknown), app by i % 4 (ios, android, ios, others),
    // age bracket by i % 8 (15-19 … 50+), area by i % 5 (北海道 jp_01 is the third).
    expect((await reached({ demographic: { type: 'gender', oneOf: ['male'] } })).map(person).every((i) => i % 3 === 0)).toBe(true);
    expect(await reached({ demographic: { type: 'gender', oneOf: ['male'] } })).toHaveLength(40);
    expect(await reached({ demographic: { type: 'appType', oneOf: ['android'] } })).toHaveLength(30);
    expect(
      (await reached({ demographic: { type: 'age', gte: 'age_20', lt: 'age_30' } })).map(person).every((i) => i % 8 === 1 || i % 8 === 2),
    ).toBe(true);
    expect(await reached({ demographic: { type: 'age', gte: 'age_20', lt: 'age_30' } })).toHaveLength(30);
    expect(await reached({ demographic: { type: 'area', oneOf: ['jp_01'] } })).toEqual(emu.followers.filter((_, i) => i % 5 === 2));
    const both = await reached({
      demographic: {
        type: 'operator',
        and: [
          { type: 'gender', oneOf: ['female'] },
          { type: 'operator', not: { type: 'appType', oneOf: ['ios'] } },
        ],
      },
    });
    expect(both).toEqual(emu.followers.filter((_, i) => i % 3 === 1 && i % 4 !== 0 && i % 4 !== 2));
    // The limit applies to what the filter picked.
    expect(await reached({ demographic: { type: 'gender', oneOf: ['female'] } }, 7)).toHaveLength(7);
  });
});
