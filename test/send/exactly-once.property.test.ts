/**
 * Property: whatever faults hit a multicast (5xx, drops and delays, before or after LINE processed
 * it), the client and `retryMulticast` together deliver every recipient's message exactly once.
 */

import { emulatedId, type FaultRule } from '@linejsx/emulator';
import type { MulticastResult } from '@linejsx/send';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 0, rateLimits: false });

const fault: fc.Arbitrary<FaultRule> = fc
  .record({
    rate: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
    when: fc.constantFrom('before' as const, 'after' as const),
    effect: fc.oneof(fc.record({ status: fc.constantFrom(500, 502, 503, 504) }), fc.constant({ drop: true }), fc.constant({ delay: 250 })),
  })
  .map(({ rate, when, effect }) => ({ path: 'multicast', rate, when, ...effect }));

describe('exactly once under any faults', () => {
  it('every recipient gets the message once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2600 }),
        fc.array(fault, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        async (n, faults, duplicates) => {
          env.emu.reset();
          for (const rule of faults) env.emu.fault(rule);
          const ids = Array.from({ length: n }, (_, i) => emulatedId('U', `p:${i}`));
          const line = env.client({ timeout: 100, retry: { retries: 3, minDelay: 1, maxDelay: 5 } });
          let result: MulticastResult = await line.multicast([...ids, ...ids.slice(0, duplicates)], [{ type: 'text', text: 'once' }], {
            concurrency: 4,
          });
          for (let round = 0; !result.ok && round < 20; round++) result = await line.retryMulticast(result);
          expect(result.ok).toBe(true);
          expect(ids.filter((id) => env.emu.inbox(id).length !== 1)).toEqual([]);
          expect(env.emu.received().size).toBe(n);
        },
      ),
      { numRuns: 8, seed: 4242 },
    );
  });
});
