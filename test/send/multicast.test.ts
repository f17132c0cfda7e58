import { emulatedId, startEmulator } from '@linejsx/emulator';
import { LineValidationError, type LogEntry, type MulticastChunk, type MulticastProgress, type PlannedChunk } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 12_345 });
const sale = [{ type: 'text', text: 'Winter sale: 20% off today' }] as const;

function expectExactlyOnce(ids: readonly string[]): void {
  const counts = ids.map((id) => env.emu.inbox(id).length);
  expect(counts.filter((n) => n !== 1)).toEqual([]);
  expect(env.emu.received().size).toBe(ids.length);
}

describe('multicast', () => {
  it('delivers to 12,345 recipients exactly once each, in chunks of at most 500', async () => {
    const line = env.client();
    const progress: MulticastProgress[] = [];
    const result = await line.multicast(env.emu.followers, sale, { onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ ok: true, recipients: 12_345, sent: 12_345, failed: [] });
    expect(result.chunks).toHaveLength(25);
    expect(result.chunks.every((c) => c.status === 'sent' && c.to.length <= 500 && c.requestId)).toBe(true);
    expect(new Set(result.chunks.map((c) => c.retryKey)).size).toBe(25);
    expectExactlyOnce(env.emu.followers);
    const requests = env.emu.requests();
    expect(requests).toHaveLength(25);
    expect(requests.every((r) => r.endpoint === 'multicast' && r.status === 200)).toBe(true);
    expect(progress.at(-1)).toEqual({ chunksDone: 25, chunks: 25, sent: 12_345, failed: 0, recipients: 12_345 });
    expect(progress.map((p) => p.chunksDone)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('sends once to a recipient listed twice', async () => {
    const line = env.client();
    const [a, b] = env.emu.followers;
    const result = await line.multicast([a!, b!, a!, a!], sale);
    expect(result.recipients).toBe(2);
    expect(env.emu.inbox(a!)).toHaveLength(1);
  });

  it('does nothing for no recipients', async () => {
    const result = await env.client().multicast([], sale);
    expect(result).toMatchObject({ ok: true, recipients: 0, chunks: [] });
    expect(env.emu.requests()).toHaveLength(0);
  });

  it('refuses malformed user IDs before sending anything', async () => {
    const ids = [...env.emu.followers.slice(0, 600), 'Cgroup', 'not-an-id'];
    const error = await env
      .client()
      .multicast(ids, sale)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineValidationError);
    expect((error as LineValidationError).issues.map((i) => i.path)).toEqual(['to[600]', 'to[601]']);
    expect(env.emu.requests()).toHaveLength(0);
  });

  it('reports a failed chunk without re-sending the others, and retryMulticast sends only the failed one', async () => {
    const line = env.client({ retry: false });
    // The third request fails: that chunk is reported, the others go out once.
    let seen = 0;
    const progress: MulticastProgress[] = [];
    env.emu.fault({ path: 'multicast', status: 503, rate: 1, times: 1 });
    const first = await line.multicast(env.emu.followers.slice(0, 2000), sale, {
      concurrency: 1,
      onProgress: (p) => {
        seen++;
        progress.push(p);
      },
    });
    expect(seen).toBe(4);
    expect(first.ok).toBe(false);
    expect(first.chunks.map((c) => c.status)).toEqual(['failed', 'sent', 'sent', 'sent']);
    expect(first.chunks[0]!.error).toMatchObject({ code: 'server_error', status: 503 });
    expect(first.failed).toEqual(env.emu.followers.slice(0, 500));
    expect(progress.at(-1)).toMatchObject({ sent: 1500, failed: 500 });
    expect(env.emu.inbox(env.emu.followers[0]!)).toHaveLength(0);

    const second = await line.retryMulticast(first);
    expect(second).toMatchObject({ ok: true, sent: 2000 });
    expect(second.chunks[0]!.retryKey).toBe(first.chunks[0]!.retryKey);
    expect(env.emu.requests().filter((r) => r.endpoint === 'multicast')).toHaveLength(5);
    expectExactlyOnce(env.emu.followers.slice(0, 2000));
  });

  it('stops starting chunks after an error that every chunk would get', async () => {
    const line = env.client({ channelAccessToken: 'revoked-token' });
    const result = await line.multicast(env.emu.followers.slice(0, 3000), sale, { concurrency: 1 });
    expect(result.chunks.map((c) => c.status)).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(result.chunks.every((c) => c.error && 'code' in c.error && c.error.code === 'unauthorized')).toBe(true);
    expect(env.emu.requests()).toHaveLength(1);
  });

  it('keeps a burst within the rate limit: the client waits for its bucket instead of sending', async () => {
    // 10 a minute on both sides: refill during the test is negligible, so this does not depend on timing.
    const limit = { multicast: { limit: 10, per: 60_000 } };
    const limited = await startEmulator({ followers: 0, rateLimits: limit });
    try {
      const ids = Array.from({ length: 6000 }, (_, i) => emulatedId('U', `burst:${i}`));
      const stop = new AbortController();
      const waits: number[] = [];
      const log = (e: LogEntry) => {
        if (e.event !== 'wait') return;
        waits.push(e.delay!);
        stop.abort();
      };
      const line = env.client({ baseUrl: limited.url, rateLimits: limit, log });
      const result = await line.multicast(ids, sale, { concurrency: 1, signal: stop.signal });
      // The client keeps 10% of LINE's burst in reserve for network jitter: 9 go out, then it waits.
      expect(result.chunks.map((c) => c.status)).toEqual([...Array(9).fill('sent'), 'failed', 'skipped', 'skipped']);
      expect(result.chunks[9]!.error).toMatchObject({ name: 'AbortError' });
      expect(waits[0]).toBeGreaterThan(5000);
      expect(limited.requests().map((r) => r.status)).toEqual(Array(9).fill(200));
    } finally {
      await limited.stop();
    }
  });

  it('multicastChunks sends planned chunks from a stream, reports each as it ends, and sends a chunk again under its key only once', async () => {
    const line = env.client();
    const ids = env.emu.followers.slice(0, 2000);
    const keys = ['0c2b4a26-1d7e-4e0b-9a53-3d1f7b0e5a01', '1c2b4a26-1d7e-4e0b-9a53-3d1f7b0e5a02', '2c2b4a26-1d7e-4e0b-9a53-3d1f7b0e5a03'];
    let pulled = 0;
    async function* planned(): AsyncGenerator<PlannedChunk> {
      for (let i = 0; i < 4; i++) {
        pulled++;
        // The last chunk is one LINE would refuse whole: reported, never sent.
        yield i < 3
          ? { index: i, to: ids.slice(i * 500, i * 500 + 500), retryKey: keys[i]! }
          : { index: 3, to: ['U123'], retryKey: 'nope' };
      }
    }
    const outcomes: MulticastChunk[] = [];
    const run = await line.multicastChunks(planned(), sale, { concurrency: 2, onChunk: (o) => outcomes.push(o) });
    expect(run).toEqual({ done: 4 });
    expect(pulled).toBe(4);
    expect(outcomes.map((o) => [o.index, o.status]).sort()).toEqual([
      [0, 'sent'],
      [1, 'sent'],
      [2, 'sent'],
      [3, 'failed'],
    ]);
    expect(outcomes.find((o) => o.index === 3)!.error).toBeInstanceOf(LineValidationError);
    // The same chunks again (a resumed journal): 409 for each, counted as sent, nothing delivered twice.
    const again: MulticastChunk[] = [];
    await line.multicastChunks(
      keys.map((retryKey, index) => ({ index, to: ids.slice(index * 500, index * 500 + 500), retryKey })),
      sale,
      { onChunk: (o) => again.push(o) },
    );
    expect(again.every((o) => o.status === 'sent' && o.acceptedRequestId)).toBe(true);
    expectExactlyOnce(env.emu.followers.slice(0, 1500));
    expect(env.emu.requests().map((r) => r.status)).toEqual([200, 200, 200, 409, 409, 409]);
  });
});
