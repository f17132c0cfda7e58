/**
 * What the client waits for, and says: a narrowcast followed with `waitForNarrowcast` has a
 * deadline (it polled forever), a wait for a rate limit names the limit in the log (an hourly one
 * can mean minutes of silence), and an attempt that got no answer is logged, so that a count of
 * requests includes dropped connections.
 */
import { type Emulator, startEmulator } from '@linejsx/emulator';
import { createClient, type LogEntry, NarrowcastWaitTimeoutError } from '@linejsx/send';
import { afterEach, describe, expect, it } from 'vitest';
import { FAST_RETRY } from '../support/emulator.ts';

const hello = [{ type: 'text', text: 'hello' }] as const;
let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

describe('waitForNarrowcast', () => {
  it('stops at its timeout with the last progress, instead of polling forever', async () => {
    emu = await startEmulator({ followers: 60, narrowcastStep: 60_000 });
    const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url });
    const { requestId } = await line.narrowcast(hello);
    const started = performance.now();
    const error = await line.waitForNarrowcast(requestId!, { interval: 20, timeout: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NarrowcastWaitTimeoutError);
    expect(error).toMatchObject({ code: 'narrowcast_wait_timeout', requestId, timeout: 150, progress: { phase: 'waiting' } });
    expect((error as Error).message).toContain(`the narrowcast ${requestId} was still waiting after 0 s of waiting; LINE goes on with it`);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('the log', () => {
  it('names the rate limit a request waits for, so that a long wait can be explained', async () => {
    emu = await startEmulator({ rateLimits: false });
    const entries: LogEntry[] = [];
    // One broadcast per 300 ms here, as LINE's 60 an hour would be after 54 (the client keeps 10% in hand).
    const line = createClient({
      channelAccessToken: emu.token,
      baseUrl: emu.url,
      rateLimits: { broadcast: { limit: 1, per: 300 } },
      log: (entry) => entries.push(entry),
    });
    await line.broadcast(hello);
    await line.broadcast(hello);
    const wait = entries.find((e) => e.event === 'wait');
    expect(wait).toMatchObject({ event: 'wait', path: '/v2/bot/message/broadcast', limit: { limit: 1, per: 300 } });
    expect(wait!.delay).toBeGreaterThan(200);
  });

  it('has an entry for each attempt that got no answer, before its retry', async () => {
    emu = await startEmulator();
    emu.fault({ path: 'multicast', drop: true, times: 1 });
    const entries: string[] = [];
    const line = createClient({
      channelAccessToken: emu.token,
      baseUrl: emu.url,
      retry: FAST_RETRY,
      log: (e) => entries.push(`${e.event}${e.status ? ` ${e.status}` : ''}`),
    });
    const result = await line.multicast(emu.followers.slice(0, 10), hello);
    expect(result.ok).toBe(true);
    expect(entries).toEqual(['no-answer', 'retry', 'response 200']);
  });
});
