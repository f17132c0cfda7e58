/** The control API under /__emulator/ and the chat view, used over HTTP as another process would. */
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 10, groups: [{ name: 'Team <b>', members: 3 }] });
const hello = [{ type: 'text', text: 'hello' }] as const;

async function control(path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${env.emu.url}/__emulator${path}`, {
    method,
    // The control API takes JSON only (a page of another site can send text/plain without asking).
    ...(method === 'POST' || body !== undefined
      ? { body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' } }
      : {}),
  });
  return { status: response.status, body: await response.json() };
}

describe('control API', () => {
  it('injects faults over HTTP: the next N requests of a path', async () => {
    const added = await control('/faults', 'POST', { path: '/v2/bot/message/push', status: 500, times: 2 });
    expect(added).toEqual({ status: 200, body: { id: expect.any(Number) } });
    const line = env.client();
    const result = await line.push(env.emu.followers[0]!, hello);
    expect(result.sentMessages).toHaveLength(1);
    expect(env.emu.requests().map((r) => r.status)).toEqual([500, 500, 200]);
    expect((await control('/faults')).body).toEqual([]);
  });

  it('reads control bodies with a size limit, as it reads API bodies: over 1 MB is 413, and nothing is done', async () => {
    const big = { userId: env.emu.followers[0], padding: 'x'.repeat(1024 * 1024) };
    expect(await control('/reply-token', 'POST', big)).toEqual({ status: 413, body: { message: 'the body is larger than 1048576 bytes' } });
    expect(await control('/reply-token', 'POST', { userId: 5 })).toEqual({ status: 400, body: { message: 'userId is required' } });
    expect(await control('/faults', 'POST', { path: 'push', status: 503, when: 'later' })).toEqual({
      status: 400,
      body: { message: 'when must be "before" or "after"' },
    });
  });

  it('takes only LINE user IDs for a user’s words and reply tokens: anything else is 400', async () => {
    const message = 'userId must be a LINE user ID: U and 32 hex digits';
    for (const userId of ['<img src=x onerror=alert(1)>', 'U123', `C${'a'.repeat(32)}`, `U${'A'.repeat(32)}`]) {
      expect(await control('/reply-token', 'POST', { userId }), userId).toEqual({ status: 400, body: { message } });
      expect(await control('/user-says', 'POST', { userId, text: 'hi' }), userId).toEqual({ status: 400, body: { message } });
    }
  });

  it('refuses a fault it does not understand, and removes faults by ID or all at once', async () => {
    expect(await control('/faults', 'POST', { status: 200 })).toEqual({
      status: 400,
      body: { message: 'status must be a number from 400 to 599' },
    });
    expect((await control('/faults', 'POST', { path: 'push', explode: true })).body.message).toContain('"explode" is not a fault property');
    expect((await control('/faults', 'POST', { path: 'push' })).body.message).toBe('a fault needs status, drop or delay');
    const { body } = await control('/faults', 'POST', { path: 'push', drop: true, rate: 0.5 });
    expect((await control(`/faults/${body.id}`, 'DELETE')).status).toBe(200);
    expect((await control(`/faults/${body.id}`, 'DELETE')).status).toBe(404);
    await control('/faults', 'POST', { delay: 10 });
    await control('/faults', 'DELETE');
    expect((await control('/faults')).body).toEqual([]);
  });

  it('tells what each user received, the request log, and resets', async () => {
    const line = env.client();
    const [a, b] = env.emu.followers;
    await line.multicast([a!, b!], hello);
    const { body: token } = await control('/reply-token', 'POST', { userId: a });
    await line.reply(token.replyToken, [{ type: 'text', text: 'thanks' }]);
    const inbox = (await control(`/inbox/${a}`)).body;
    expect(inbox.map((m: { via: string; message: { text: string } }) => [m.via, m.message.text])).toEqual([
      ['multicast', 'hello'],
      ['reply', 'thanks'],
    ]);
    expect(Object.keys((await control('/received')).body).sort()).toEqual([a, b].sort());
    expect((await control('/requests')).body.map((r: { endpoint: string }) => r.endpoint)).toEqual(['multicast', 'reply']);
    expect((await control('/state')).body).toMatchObject({ followers: 10, chats: 2, messages: 3, requests: 2 });
    expect((await control('/followers')).body).toEqual(env.emu.followers);
    await control('/reset', 'POST');
    expect((await control('/state')).body).toMatchObject({ chats: 0, messages: 0, requests: 0 });
    expect((await control('/nothing')).status).toBe(404);
  });
});

describe('reset', () => {
  it('drops requests held by a delay, so that they can not deliver into the fresh state', async () => {
    env.emu.fault({ path: 'push', delay: 150 });
    const line = env.client({ timeout: 50, retry: false });
    await expect(line.push(env.emu.followers[0]!, hello)).rejects.toMatchObject({ code: 'timeout' });
    await control('/reset', 'POST');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(env.emu.received().size).toBe(0);
  });
});

describe('chat view', () => {
  it('lists the chats that received messages and shows each one’s messages, escaped', async () => {
    const line = env.client();
    const group = env.emu.groups[0]!.groupId;
    await line.push(group, [{ type: 'text', text: '<script>alert(1)</script>' }]);
    await line.push(env.emu.followers[4]!, hello);
    const list = await (await fetch(`${env.emu.url}/`)).text();
    expect(list).toContain('2 chats');
    expect(list).toContain(`/chat/${group}`);
    expect(list).toMatch(/Team &(#60|lt);b&(#62|gt);/);
    expect(list).toContain('Follower 5');
    const filtered = await (await fetch(`${env.emu.url}/?q=team`)).text();
    expect(filtered).toContain('1 chats');
    const chat = await (await fetch(`${env.emu.url}/chat/${group}`)).text();
    expect(chat).toMatch(/&(#60|lt);script&(#62|gt);alert\(1\)/);
    expect(chat).not.toContain('<script>');
    expect(chat).toContain('push ·');
    expect((await fetch(`${env.emu.url}/elsewhere`)).status).toBe(404);
  });
});
