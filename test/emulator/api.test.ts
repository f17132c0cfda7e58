/** The emulator as LINE: status codes, headers and bodies, checked with plain fetch. */

import { startEmulator } from '@linejsx/emulator';
import { rateLimitOf } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 30 });
const hello = [{ type: 'text', text: 'hello' }];

async function call(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; token?: string | null; url?: string } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? env.emu.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${init.url ?? env.emu.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('the emulator answers as LINE does', () => {
  it('puts x-line-request-id on every answer, errors included', async () => {
    const answers = [
      await call('/v2/bot/info'),
      await call('/v2/bot/info', { token: 'wrong' }),
      await call('/v2/bot/nothing'),
      await call('/v2/bot/info', { method: 'DELETE' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 405]);
    const ids = answers.map((a) => a.headers.get('x-line-request-id'));
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });

  it('refuses a missing or unknown token with 401 and LINE’s body', async () => {
    for (const token of [null, 'nope']) {
      const answer = await call('/v2/bot/message/push', { token, body: { to: env.emu.followers[0], messages: hello } });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ message: expect.stringContaining('access token') });
    }
    expect(env.emu.received().size).toBe(0);
  });

  it('validates bodies with the schema and answers 400 with details[].property', async () => {
    const answer = await call('/v2/bot/message/push', {
      body: {
        to: 'nobody',
        messages: [
          { type: 'text', text: '' },
          { type: 'sticker', packageId: '1' },
        ],
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe('The request body has 3 error(s)');
    expect(answer.body.details.map((d: { property: string }) => d.property)).toEqual(['to', 'messages[0].text', 'messages[1].stickerId']);
    expect((await call('/v2/bot/message/push', { body: '{"to":' })).body).toEqual({ message: 'The request body is not valid JSON' });
    const tooMany = await call('/v2/bot/message/multicast', { body: { to: Array(501).fill(env.emu.followers[0]), messages: hello } });
    expect(tooMany.body.details).toEqual([{ property: 'to', message: 'to has 501 user IDs; LINE takes 1 to 500' }]);
    const partial = await call('/v2/bot/message/narrowcast', { body: { messages: hello, limit: { forbidPartialDelivery: true } } });
    expect(partial.body.details[0].property).toBe('limit.forbidPartialDelivery');
    expect(env.emu.received().size).toBe(0);
  });

  it('refuses a body over 2 MB with 413', async () => {
    const answer = await call('/v2/bot/message/broadcast', { body: { messages: [{ type: 'text', text: 'x'.repeat(2_200_000) }] } });
    expect(answer.status).toBe(413);
  });

  it('takes a retry key only on push, multicast, narrowcast and broadcast, and only a UUID', async () => {
    const key = '123e4567-e89b-12d3-a456-426614174000';
    const reply = await call('/v2/bot/message/reply', {
      headers: { 'x-line-retry-key': key },
      body: { replyToken: env.emu.replyToken(env.emu.followers[0]!), messages: hello },
    });
    expect(reply.status).toBe(400);
    expect((await call('/v2/bot/info', { headers: { 'x-line-retry-key': key } })).status).toBe(400);
    const malformed = await call('/v2/bot/message/push', {
      headers: { 'x-line-retry-key': 'abc' },
      body: { to: env.emu.followers[0], messages: hello },
    });
    expect(malformed).toMatchObject({ status: 400, body: { message: 'The retry key must be a UUID' } });
    expect(env.emu.received().size).toBe(0);
  });

  it('answers a repeated retry key with 409, x-line-accepted-request-id and (for push) the sent messages', async () => {
    const key = '0b0e5d1c-8a4e-4a43-9f0e-0c2f6f2d9e11';
    const push = { headers: { 'x-line-retry-key': key }, body: { to: env.emu.followers[0], messages: hello } };
    const first = await call('/v2/bot/message/push', push);
    const second = await call('/v2/bot/message/push', push);
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    expect(second.headers.get('x-line-request-id')).not.toBe(first.headers.get('x-line-request-id'));
    expect(second.body).toEqual({ message: 'The retry key is already accepted', sentMessages: first.body.sentMessages });
    const multicastKey = '9a7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
    const multicast = { headers: { 'x-line-retry-key': multicastKey }, body: { to: env.emu.followers.slice(0, 3), messages: hello } };
    await call('/v2/bot/message/multicast', multicast);
    expect((await call('/v2/bot/message/multicast', multicast)).body).toEqual({ message: 'The retry key is already accepted' });
    expect(env.emu.inbox(env.emu.followers[0]!)).toHaveLength(2);
  });

  it('a request refused with 400 does not use up its retry key', async () => {
    const key = '5f0c6a34-51b2-4f7e-9d2b-6b8d1f3e2a10';
    const bad = await call('/v2/bot/message/broadcast', { headers: { 'x-line-retry-key': key }, body: { messages: [] } });
    expect(bad.status).toBe(400);
    const good = await call('/v2/bot/message/broadcast', { headers: { 'x-line-retry-key': key }, body: { messages: hello } });
    expect(good.status).toBe(200);
  });

  it('limits each endpoint with its own token bucket, 429 when it is empty', async () => {
    const emu = await startEmulator({ rateLimits: { richMenuList: { limit: 2, per: 60_000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await call('/v2/bot/richmenu/list', { url: emu.url, token: emu.token })).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await call('/v2/bot/info', { url: emu.url, token: emu.token })).status).toBe(200);
      // Without an override, each endpoint has LINE's limit.
      expect(rateLimitOf('richMenuList', undefined)).toEqual({ limit: 10, per: 1000 });
      expect(rateLimitOf('multicast', undefined)).toEqual({ limit: 200, per: 1000 });
      expect(rateLimitOf('broadcast', { push: false })).toEqual({ limit: 60, per: 3_600_000 });
    } finally {
      await emu.stop();
    }
  });

  it('bills a group push per member against the monthly quota', async () => {
    const emu = await startEmulator({ followers: 10, groups: [{ name: 'Eight', members: 8 }], quota: 10 });
    try {
      const push = (to: string) => call('/v2/bot/message/push', { url: emu.url, token: emu.token, body: { to, messages: hello } });
      expect((await push(emu.groups[0]!.groupId)).status).toBe(200);
      expect((await call('/v2/bot/message/quota/consumption', { url: emu.url, token: emu.token })).body).toEqual({ totalUsage: 8 });
      expect((await push(emu.followers[0]!)).status).toBe(200);
      expect((await push(emu.groups[0]!.groupId)).body).toEqual({ message: 'You have reached your monthly limit.' });
    } finally {
      await emu.stop();
    }
  });

  it('counts an accepted narrowcast against the monthly quota before it has been sent', async () => {
    const emu = await startEmulator({ followers: 100, quota: 10, narrowcastStep: 30 });
    try {
      const narrowcast = () =>
        call('/v2/bot/message/narrowcast', { url: emu.url, token: emu.token, body: { messages: hello, limit: { max: 8 } } });
      expect((await narrowcast()).status).toBe(202);
      // The first is still waiting: its 8 are spoken for, so a second 8 would overrun the 10.
      expect(await narrowcast()).toMatchObject({ status: 429, body: { message: 'You have reached your monthly limit.' } });
      const push = await call('/v2/bot/message/push', { url: emu.url, token: emu.token, body: { to: emu.followers[0], messages: hello } });
      expect(push.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await call('/v2/bot/message/quota/consumption', { url: emu.url, token: emu.token })).body).toEqual({ totalUsage: 9 });
      expect(emu.received().size).toBe(8);
    } finally {
      await emu.stop();
    }
  });

  it('serves content on the same port as the api-data.line.me path', async () => {
    env.emu.setContent('42', Buffer.from('GIF89a'), 'image/gif');
    const response = await fetch(`${env.emu.url}/v2/bot/message/42/content`, { headers: { authorization: `Bearer ${env.emu.token}` } });
    expect(response.headers.get('content-type')).toBe('image/gif');
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('GIF89a');
  });
});
