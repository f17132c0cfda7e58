/**
 * What the emulator does with the operations added with the whole API: the loading animation and
 * marking as read in the chat view, rooms and leaving, the rich menu batch, audiences applied by
 * narrowcast, link tokens, aggregation units and insight of its own sends.
 */
import { createClient, LineApiError } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';
import { png } from '../support/png.ts';

const env = useEmulator({ followers: 30, rooms: [{ members: 4 }], narrowcastStep: 5 });
const hello = { type: 'text', text: 'hello' } as const;
const page = async (path: string) => (await fetch(`${env.emu.url}${path}`)).text();
const MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Batch',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback' as const, data: 'x' } }],
};

describe('chats', () => {
  it('shows the loading animation in the chat view until the bot’s next message, and when the bot read the chat', async () => {
    const line = env.client();
    const user = env.emu.followers[0]!;
    await line.chat.showLoadingAnimation(user, 30);
    expect(env.emu.chatState(user).loadingUntil).toBeGreaterThan(Date.now() + 25_000);
    expect(await page(`/chat/${user}`)).toContain('the bot is preparing a reply');
    await line.push(user, hello);
    expect(env.emu.chatState(user).loadingUntil).toBeUndefined();
    expect(await page(`/chat/${user}`)).not.toContain('the bot is preparing a reply');
    await line.chat.markAsRead(user);
    expect(await page(`/chat/${user}`)).toContain('Read by the bot at');
  });

  it('refuses a loading animation LINE refuses, before sending and in the emulator', async () => {
    const line = env.client();
    await expect(line.chat.showLoadingAnimation(env.emu.followers[0]!, 7)).rejects.toThrow(
      'loadingSeconds is 7; LINE takes multiples of 5',
    );
    await expect(line.chat.showLoadingAnimation(env.emu.groups[0]!.groupId)).rejects.toThrow('one-to-one chats only');
    const answer = await fetch(`${env.emu.url}/v2/bot/chat/loading/start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.emu.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ chatId: env.emu.followers[0], loadingSeconds: 90 }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ property: 'loadingSeconds', message: 'loadingSeconds is 90; LINE allows 5 to 60' }],
    });
  });

  it('reads rooms, and after leaving a group or room answers 404 for it', async () => {
    const line = env.client();
    const room = env.emu.rooms[0]!;
    expect(await line.room.memberCount(room.roomId)).toBe(4);
    const ids: string[] = [];
    for await (const id of line.room.memberIds(room.roomId)) ids.push(id);
    expect(ids).toEqual(env.emu.followers.slice(0, 4));
    await line.room.leave(room.roomId);
    await line.group.leave(env.emu.groups[0]!.groupId);
    await expect(line.room.memberCount(room.roomId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(line.group.summary(env.emu.groups[0]!.groupId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(line.group.leave(env.emu.groups[0]!.groupId)).rejects.toBeInstanceOf(LineApiError);
  });

  it('issues link tokens, and counts the aggregation units pushes and multicasts used', async () => {
    const line = env.client();
    expect(await line.issueLinkToken(env.emu.followers[0]!)).toMatch(/^[\w-]{20,}$/);
    await line.push(env.emu.followers[0]!, hello, { customAggregationUnits: ['spring'] });
    await line.multicast(env.emu.followers.slice(0, 2), hello, { customAggregationUnits: ['summer'] });
    expect(await line.aggregationUnits.usage()).toBe(2);
    const names: string[] = [];
    for await (const name of line.aggregationUnits.names()) names.push(name);
    expect(names).toEqual(['spring', 'summer']);
    const stats = await line.insight.statisticsPerUnit('spring', new Date(), new Date());
    expect(stats.messages).toEqual([expect.objectContaining({ seq: 1, impression: null })]);
  });
});

describe('rich menu batch', () => {
  it('validates that its menus exist, answers 202, then moves and unlinks users, with its progress', async () => {
    const line = env.client();
    const [a, b] = [await line.richMenu.create(MENU), await line.richMenu.create(MENU)];
    for (const id of [a, b]) await line.richMenu.uploadImage(id, png(2500, 843), MENU);
    const [u1, u2, u3] = env.emu.followers;
    await line.richMenu.link(u1!, a);
    await line.richMenu.link(u2!, a);
    await line.richMenu.link(u3!, b);
    await expect(line.richMenu.validateBatch([{ type: 'link', from: a, to: 'richmenu-none' }])).rejects.toMatchObject({
      status: 400,
      details: [{ property: 'operations[0].to', message: 'no rich menu richmenu-none in this channel' }],
    });
    await expect(line.richMenu.batch([])).rejects.toThrow('0 operations; LINE needs at least 1 operation');
    const requestId = await line.richMenu.batch([
      { type: 'link', from: a, to: b },
      { type: 'unlink', from: b },
    ]);
    expect(await line.richMenu.batchProgress(requestId)).toMatchObject({ phase: 'ongoing' });
    await expect.poll(async () => (await line.richMenu.batchProgress(requestId)).phase).toBe('succeeded');
    // Operations apply in order: u1 and u2 moved to b, then everyone on b unlinked.
    expect(env.emu.richMenuState().links).toEqual({});
  });
});

describe('audiences', () => {
  it('are made from IDs, become READY, and narrowcast reaches exactly their followers', async () => {
    const line = env.client();
    const ids = env.emu.followers.slice(0, 6);
    const { audienceGroupId } = await line.audience.create('Six', [...ids, `U${'f'.repeat(32)}`]);
    await expect(line.narrowcast(hello, { recipient: { type: 'audience', audienceGroupId: 42 } })).rejects.toMatchObject({
      status: 400,
      details: [{ property: 'recipient', message: 'audience 42 does not exist' }],
    });
    await expect.poll(async () => (await line.audience.get(audienceGroupId!)).audienceGroup?.status).toBe('READY');
    const { requestId } = await line
      .narrowcast(hello, {
        recipient: {
          type: 'operator',
          and: [
            { type: 'audience', audienceGroupId: audienceGroupId! },
            { type: 'operator', not: { type: 'redelivery', requestId: 'unknown' } },
          ],
        },
      })
      .catch((error: LineApiError) => ({ requestId: error.details[0]?.message }));
    expect(requestId).toBe('no narrowcast was sent with request ID unknown');
    const sent = await line.narrowcast(hello, { recipient: { type: 'audience', audienceGroupId: audienceGroupId! } });
    expect((await line.waitForNarrowcast(sent.requestId!, { interval: 5 })).successCount).toBe(6);
    expect([...env.emu.received().keys()].sort()).toEqual([...ids].sort());
  });

  it('lists and filters audiences by name, renames and deletes them, from JSON and from files', async () => {
    const line = env.client();
    await line.audience.create('Spring sale', env.emu.followers.slice(0, 2));
    const file = await line.audience.upload('Summer sale', env.emu.followers.slice(2, 5));
    await line.audience.addUsersByFile(file.audienceGroupId!, env.emu.followers.slice(5, 7));
    await expect.poll(async () => (await line.audience.get(file.audienceGroupId!)).audienceGroup?.audienceCount).toBe(5);
    const names = async (description?: string) => {
      const out: string[] = [];
      for await (const group of line.audience.list({ size: 1, ...(description ? { description } : {}) })) out.push(group.description!);
      return out;
    };
    expect(await names()).toEqual(['Spring sale', 'Summer sale']);
    expect(await names('summer')).toEqual(['Summer sale']);
    await line.audience.rename(file.audienceGroupId!, 'Summer');
    await line.audience.delete(file.audienceGroupId!);
    expect(await names()).toEqual(['Spring sale']);
    await expect(line.audience.get(file.audienceGroupId!)).rejects.toMatchObject({ status: 400, lineMessage: 'audience group not found' });
    await expect(line.audience.create('x'.repeat(121))).rejects.toThrow('description is 121 characters; LINE allows at most 120');
  });

  it('of who saw a broadcast holds its recipients; the message event counts its deliveries', async () => {
    const line = createClient({ channelAccessToken: env.emu.token, baseUrl: env.emu.url });
    const { requestId } = await line.broadcast(hello);
    const seen = await line.audience.createImpressionBased('Saw it', requestId!);
    await expect.poll(async () => (await line.audience.get(seen.audienceGroupId!)).audienceGroup?.audienceCount).toBe(30);
    expect((await line.insight.messageEvent(requestId!)).overview).toMatchObject({ requestId, delivered: 30, uniqueImpression: null });
  });
});
