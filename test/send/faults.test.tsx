import { Text } from '@linejsx/jsx';
import type { MulticastResult } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 12_345, seed: 7 });
const hello = [{ type: 'text', text: 'hello' }] as const;

describe('faults end with every message delivered exactly once', () => {
  it('multicast to 12,345 through 500s, dropped connections and timeouts, before and after processing', async () => {
    const { emu } = env;
    emu.fault({ path: 'multicast', status: 500, rate: 0.12 });
    emu.fault({ path: 'multicast', status: 502, when: 'after', rate: 0.05 });
    emu.fault({ path: 'multicast', drop: true, rate: 0.12 });
    emu.fault({ path: 'multicast', drop: true, when: 'after', rate: 0.12 });
    // Longer than the client's timeout: the client gives up and retries while the emulator still holds the request.
    emu.fault({ path: 'multicast', delay: 400, when: 'after', rate: 0.12 });
    emu.fault({ path: 'multicast', delay: 400, rate: 0.05 });
    const line = env.client({ timeout: 150, retry: { retries: 10, minDelay: 2, maxDelay: 20 } });
    let result: MulticastResult = await line.multicast(emu.followers, hello);
    // A chunk may still fail after every retry; re-sending it under its key can not duplicate it.
    for (let round = 0; !result.ok && round < 5; round++) result = await line.retryMulticast(result);
    expect(result.ok).toBe(true);

    const counts = emu.followers.map((id) => emu.inbox(id).length);
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    expect(emu.received().size).toBe(12_345);

    const statuses = emu.requests().map((r) => r.status);
    expect(statuses).toContain(500);
    expect(statuses).toContain('dropped');
    // Retries of requests processed before their answer was lost: LINE says "already accepted".
    expect(statuses).toContain(409);
    expect(result.chunks.some((c) => c.acceptedRequestId)).toBe(true);
    const hits = (kind: 'status' | 'drop' | 'delay') =>
      emu
        .faults()
        .filter((f) => f[kind] !== undefined)
        .reduce((n, f) => n + f.hits, 0);
    expect([hits('status'), hits('drop'), hits('delay')].every((n) => n > 0)).toBe(true);
  });

  it('push through a dropped answer returns the accepted request instead of sending twice', async () => {
    const { emu } = env;
    const user = emu.followers[0]!;
    emu.fault({ path: 'push', drop: true, when: 'after', times: 1 });
    const result = await env.client().push(user, <Text>Once</Text>);
    const [first, retry] = emu.requests();
    expect(first).toMatchObject({ status: 'dropped', retryKey: result.retryKey });
    expect(retry).toMatchObject({ status: 409, retryKey: result.retryKey });
    expect(result.acceptedRequestId).toBe(first!.requestId);
    expect(result.requestId).toBe(retry!.requestId);
    // LINE's 409 for push carries the sentMessages of the accepted request.
    expect(result.sentMessages.map((m) => m.id)).toEqual(emu.inbox(user).map((m) => m.id));
    expect(emu.inbox(user)).toHaveLength(1);
  });

  it('a retry key of your own makes a send idempotent across calls', async () => {
    const { emu } = env;
    const line = env.client();
    const retryKey = '123e4567-e89b-12d3-a456-426614174000';
    const first = await line.broadcast(hello, { retryKey });
    const again = await line.broadcast(hello, { retryKey });
    expect(first.acceptedRequestId).toBeUndefined();
    expect(again.acceptedRequestId).toBe(first.requestId);
    expect(emu.inbox(emu.followers[5]!)).toHaveLength(1);
    await expect(line.broadcast(hello, { retryKey: 'not-a-uuid' })).rejects.toThrow(TypeError);
  });

  it('a 409 that is not an accepted retry is an error', async () => {
    env.emu.fault({ path: 'push', status: 409, body: { message: 'Conflict' } });
    await expect(env.client().push(env.emu.followers[0]!, hello)).rejects.toMatchObject({ code: 'conflict', status: 409, attempts: 1 });
  });

  it('retries reads on timeouts, and gives a timeout error after the last attempt', async () => {
    const { emu } = env;
    emu.fault({ path: 'botInfo', delay: 800, times: 2 });
    expect(await env.client({ timeout: 250 }).botInfo()).toMatchObject({ basicId: '@linejsx' });
    expect(emu.requests()).toHaveLength(3);
    emu.fault({ path: 'botInfo', delay: 300 });
    const error = await env
      .client({ timeout: 50, retry: { retries: 2, minDelay: 1, maxDelay: 2 } })
      .botInfo()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LineApiError', code: 'timeout', status: undefined, attempts: 3 });
  });

  it("times out with a timeout of a second or more too (undici's own timers), and retries the read", async () => {
    const { emu } = env;
    emu.fault({ path: 'botInfo', delay: 4000, times: 1 });
    const entries: string[] = [];
    const line = env.client({
      timeout: 1000,
      retry: { retries: 1, minDelay: 1, maxDelay: 1 },
      log: (e) => entries.push(`${e.event} ${e.reason ?? e.status}`),
    });
    expect(await line.botInfo()).toMatchObject({ basicId: '@linejsx' });
    expect(entries).toEqual(['no-answer timeout', 'retry timeout', 'response 200']);
    emu.fault({ path: 'botInfo', delay: 4000, times: 1 });
    const error = await env
      .client({ timeout: 1000, retry: false })
      .botInfo()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LineApiError', code: 'timeout', attempts: 1 });
  });

  it('does not retry a reply after a timeout or a dropped connection, where it may have been sent', async () => {
    const { emu } = env;
    const user = emu.followers[1]!;
    emu.fault({ path: 'reply', drop: true, when: 'after', times: 1 });
    const error = await env
      .client()
      .reply(emu.replyToken(user), hello)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'connection_failed', attempts: 1 });
    expect(emu.inbox(user)).toHaveLength(1);
  });

  it('does not retry a reply after a 500, which LINE may have sent before it: the error says so', async () => {
    const { emu } = env;
    const user = emu.followers[2]!;
    emu.fault({ path: 'reply', status: 500, when: 'after', times: 1 });
    const error = await env
      .client()
      .reply(emu.replyToken(user), hello)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LineApiError', code: 'server_error', status: 500, attempts: 1, ambiguous: true });
    expect((error as Error).message).toMatch(
      /^POST \/v2\/bot\/message\/reply failed with 500 .*; LINE may or may not have done it \(not retried, as a repeat could do it twice\)/,
    );
    expect(emu.inbox(user)).toHaveLength(1);
    expect(emu.requests()).toHaveLength(1);
  });

  it('retries a 500 of a request that is safe to repeat: an idempotent endpoint, or a send with a retry key', async () => {
    const { emu } = env;
    emu.fault({ path: 'push', status: 500, when: 'after', times: 1 });
    emu.fault({ path: 'setDefaultRichMenu', status: 500, times: 1 });
    const line = env.client();
    const pushed = await line.push(emu.followers[3]!, hello);
    expect(pushed.acceptedRequestId).toBe(emu.requests()[0]!.requestId);
    expect(emu.inbox(emu.followers[3]!)).toHaveLength(1);
    await expect(line.richMenu.setDefault('richmenu-0')).rejects.toMatchObject({ code: 'not_found', attempts: 2, ambiguous: false });
  });

  it('retries a connection refused even without a retry key, and reports connection_failed at the end', async () => {
    const line = env.client({ baseUrl: 'http://127.0.0.1:9', retry: { retries: 2, minDelay: 1, maxDelay: 2 } });
    await expect(line.reply('token', hello)).rejects.toMatchObject({ code: 'connection_failed', attempts: 3 });
  });
});
