import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Text } from '@linejsx/jsx';
import type { RichMenu } from '@linejsx/schema';
import { createWebhookHandler, type LineClient, LineValidationError, lineDate, type WebhookBody } from '@linejsx/send';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 1234, groups: [{ name: 'Book club', members: 250 }], narrowcastStep: 300 });
const hello = [{ type: 'text', text: 'hello' }] as const;
const menu: RichMenu = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Main menu',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'postback', data: 'tab=1' } }],
};
const all = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const id of it) out.push(id);
  return out;
};

describe('every endpoint against the emulator', () => {
  let line: LineClient;
  const client = () => (line = env.client());

  it('reply delivers to the user of the reply token, once', async () => {
    client();
    const user = env.emu.followers[3]!;
    const token = env.emu.replyToken(user);
    const result = await line.reply(token, <Text>Thanks!</Text>);
    expect(result.sentMessages).toHaveLength(1);
    expect(env.emu.inbox(user).map((m) => [m.via, m.message])).toEqual([['reply', { type: 'text', text: 'Thanks!' }]]);
    await expect(line.reply(token, hello)).rejects.toMatchObject({ code: 'bad_request', lineMessage: 'Invalid reply token' });
    expect(env.emu.requests().every((r) => r.retryKey === undefined)).toBe(true);
  });

  it('push sends to a user or a group with a retry key', async () => {
    client();
    const group = env.emu.groups[0]!.groupId;
    const result = await line.push(group, hello, { notificationDisabled: true });
    expect(result.sentMessages[0]!.id).toMatch(/^\d+$/);
    expect(result.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(env.emu.inbox(group)).toHaveLength(1);
    expect(env.emu.requests()[0]!.retryKey).toBe(result.retryKey);
  });

  it('broadcast reaches every follower', async () => {
    client();
    const result = await line.broadcast(hello);
    expect(result.acceptedRequestId).toBeUndefined();
    expect(env.emu.received().size).toBe(1234);
    expect(env.emu.followers.every((id) => env.emu.inbox(id).length === 1)).toBe(true);
  });

  it('narrowcast is accepted, progresses asynchronously, and waitForNarrowcast follows it to the end', async () => {
    client();
    const { requestId } = await line.narrowcast(hello, { limit: { max: 100 } });
    expect(requestId).toBeDefined();
    // Accepted, not yet sent: the emulator moves to the next phase every 300 ms.
    expect((await line.narrowcastProgress(requestId!)).phase).toBe('waiting');
    expect(env.emu.received().size).toBe(0);
    const phases: string[] = [];
    const done = await line.waitForNarrowcast(requestId!, { interval: 30, onProgress: (p) => phases.push(p.phase) });
    expect(done).toMatchObject({ phase: 'succeeded', successCount: 100, failureCount: 0, targetCount: 100 });
    expect(phases).toContain('sending');
    expect(phases.at(-1)).toBe('succeeded');
    expect(env.emu.received().size).toBe(100);
    await expect(line.narrowcastProgress('no-such-request')).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it('validate-only endpoints send nothing', async () => {
    client();
    for (const kind of ['reply', 'push', 'multicast', 'narrowcast', 'broadcast'] as const) await line.validate(kind, <Text>ok</Text>);
    expect(env.emu.received().size).toBe(0);
    expect(env.emu.requests().map((r) => r.endpoint)).toEqual([
      'validateReply',
      'validatePush',
      'validateMulticast',
      'validateNarrowcast',
      'validateBroadcast',
    ]);
  });

  it('bot info, profiles, follower IDs across pages', async () => {
    client();
    expect(await line.botInfo()).toMatchObject({ basicId: '@linejsx', chatMode: 'bot' });
    const user = env.emu.followers[7]!;
    expect(await line.profile(user)).toMatchObject({ userId: user, displayName: expect.any(String) });
    await expect(line.profile(`U${'0'.repeat(32)}`)).rejects.toMatchObject({ code: 'not_found' });
    expect(await all(line.followerIds({ limit: 500 }))).toEqual(env.emu.followers);
    expect(env.emu.requests().filter((r) => r.endpoint === 'followerIds')).toHaveLength(3);
    expect(await all(line.followerIds())).toHaveLength(1234);
  });

  it('refuses a follower IDs limit outside 1 to 1000 before the network, as the emulator does after it', async () => {
    client();
    for (const limit of [0, 1001, 2.5]) {
      expect(() => line.followerIds({ limit })).toThrow(LineValidationError);
      expect(() => line.followerIds({ limit })).toThrow(`limit: limit must be a whole number from 1 to 1000; got ${limit}`);
    }
    expect(env.emu.requests()).toEqual([]);
    const answer = await fetch(`${env.emu.url}/v2/bot/followers/ids?limit=1001`, { headers: { authorization: `Bearer ${env.emu.token}` } });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message: 'Invalid limit',
      details: [{ property: 'limit', message: 'limit must be a whole number from 1 to 1000; got 1001' }],
    });
  });

  it('the validate endpoints take only messages, as LINE does', async () => {
    for (const kind of ['reply', 'push', 'multicast', 'narrowcast', 'broadcast']) {
      const answer = await fetch(`${env.emu.url}/v2/bot/message/validate/${kind}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.emu.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to: env.emu.followers[0], messages: hello }),
      });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({
        message: 'The request body has 1 error(s)',
        details: [{ property: 'to', message: '"to" is not a property of a validate request; it takes messages' }],
      });
    }
  });

  it('quota, consumption and sent-message counts', async () => {
    client();
    expect(await line.quota()).toEqual({ type: 'none' });
    await line.push(env.emu.followers[0]!, hello);
    await line.multicast(env.emu.followers.slice(0, 10), hello);
    expect(await line.quotaConsumption()).toEqual({ totalUsage: 11 });
    const today = new Date();
    expect(await line.sentMessageCount('push', today)).toEqual({ status: 'ready', success: 1 });
    expect(await line.sentMessageCount('multicast', lineDate(today))).toEqual({ status: 'ready', success: 10 });
    expect(await line.sentMessageCount('broadcast', '20200101')).toEqual({ status: 'ready', success: 0 });
    expect(() => line.sentMessageCount('push', '2020-01-01')).toThrow(TypeError);
  });

  it('webhook endpoint get, set and a real test delivery', async () => {
    client();
    // No webhook URL yet: `endpoint` is a URI in LINE's answer, so there is no answer to give but 404.
    await expect(line.webhook.get()).rejects.toMatchObject({ code: 'not_found', status: 404 });
    await line.webhook.set('https://bot.example.com/callback');
    expect(await line.webhook.get()).toEqual({ endpoint: 'https://bot.example.com/callback', active: true });
    await expect(line.webhook.set('http://bot.example.com/callback')).rejects.toMatchObject({ name: 'LineValidationError' });
    // The emulator reaches a local webhook over http; here nothing listens on port 9.
    env.emu.setWebhookEndpoint('http://127.0.0.1:9/callback');
    expect(await line.webhook.test()).toMatchObject({ success: false, statusCode: 0, reason: 'COULD_NOT_CONNECT' });
  });

  it('webhook test reaches a real handler, signed with the channel secret', async () => {
    client();
    const bodies: WebhookBody[] = [];
    const server = createServer(createWebhookHandler({ channelSecret: env.emu.channelSecret, onEvents: (body) => void bodies.push(body) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      env.emu.setWebhookEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`);
      expect(await line.webhook.test()).toMatchObject({ success: true, statusCode: 200, reason: 'OK' });
      await expect.poll(() => bodies).toEqual([{ destination: env.emu.bot.userId, events: [] }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rich menus: create from JSON, get, list, delete', async () => {
    client();
    const id = await line.richMenu.create(menu);
    expect(id).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect(await line.richMenu.get(id)).toMatchObject({ richMenuId: id, name: 'Main menu' });
    expect((await line.richMenu.list()).map((m) => m.richMenuId)).toEqual([id]);
    await line.richMenu.validate(menu);
    await line.richMenu.delete(id);
    expect(await line.richMenu.list()).toEqual([]);
    await expect(line.richMenu.delete(id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(line.richMenu.create({ ...menu, chatBarText: 'x'.repeat(15) })).rejects.toMatchObject({ name: 'LineValidationError' });
  });

  it('group summary, member count, member profile and member IDs across pages', async () => {
    client();
    const group = env.emu.groups[0]!;
    expect(await line.group.summary(group.groupId)).toEqual({
      groupId: group.groupId,
      groupName: 'Book club',
      pictureUrl: group.pictureUrl,
    });
    expect(await line.group.memberCount(group.groupId)).toBe(250);
    const member = group.memberIds[42]!;
    expect(await line.group.memberProfile(group.groupId, member)).toMatchObject({ userId: member });
    expect(await all(line.group.memberIds(group.groupId))).toEqual(group.memberIds);
    expect(env.emu.requests().filter((r) => r.endpoint === 'groupMemberIds')).toHaveLength(3);
    await expect(line.group.summary(`C${'0'.repeat(32)}`)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('insight: message deliveries, followers, demographics', async () => {
    client();
    await line.broadcast(hello);
    expect(await line.insight.messageDeliveries(new Date())).toMatchObject({ status: 'ready', apiBroadcast: 1234, apiPush: 0 });
    expect(await line.insight.followers()).toEqual({ status: 'ready', followers: 1234, targetedReaches: 1234, blocks: 0 });
    const demographic = await line.insight.demographic();
    expect(demographic.available).toBe(true);
    const total = demographic.genders!.reduce((sum, g) => sum + (g.percentage ?? 0), 0);
    expect(total).toBeCloseTo(100, 0);
  });

  it('content from the api-data paths, streamed', async () => {
    client();
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    env.emu.setContent('325708', bytes, 'image/png');
    const content = await line.messageContent('325708');
    expect(content.contentType).toBe('image/png');
    expect(content.contentLength).toBe(7);
    expect(await content.buffer()).toEqual(bytes);
    await expect(line.messageContent('1')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sends X-Line-Retry-Key on push, multicast, narrowcast and broadcast, and on nothing else', async () => {
    client();
    const user = env.emu.followers[0]!;
    await line.reply(env.emu.replyToken(user), hello);
    await line.push(user, hello);
    await line.multicast([user], hello);
    await line.narrowcast(hello);
    await line.broadcast(hello);
    await line.validate('push', hello);
    await line.richMenu.create(menu);
    await line.webhook.set('https://bot.example.com/callback');
    await line.botInfo();
    const keyed = env.emu.requests().map((r) => [r.endpoint, r.retryKey !== undefined]);
    expect(keyed).toEqual([
      ['reply', false],
      ['push', true],
      ['multicast', true],
      ['narrowcast', true],
      ['broadcast', true],
      ['validatePush', false],
      ['validateRichMenu', false],
      ['createRichMenu', false],
      ['setWebhookEndpoint', false],
      ['botInfo', false],
    ]);
  });

  it('sends through the undici dispatcher it is given', async () => {
    const paths: string[] = [];
    const agent = new Agent({ connections: 2 });
    const dispatcher = agent.compose((dispatch) => (options, handler) => {
      paths.push(`${options.method} ${options.path}`);
      return dispatch(options, handler);
    });
    try {
      line = env.client({ dispatcher });
      await line.botInfo();
      await line.push(env.emu.followers[0]!, hello);
      expect(paths).toEqual(['GET /v2/bot/info', 'POST /v2/bot/message/push']);
    } finally {
      await agent.close();
    }
  });

  it('dataBaseUrl is used for content only', async () => {
    line = env.client({ baseUrl: 'http://127.0.0.1:9', dataBaseUrl: env.emu.url, retry: false });
    env.emu.setContent('1', Buffer.from('x'), 'text/plain');
    expect(await (await line.messageContent('1')).buffer()).toEqual(Buffer.from('x'));
    await expect(line.botInfo()).rejects.toMatchObject({ code: 'connection_failed' });
  });
});
