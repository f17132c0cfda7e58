/**
 * Every operation of the LINE API, made once through the client call docs/api.md gives for it,
 * against the emulator over real sockets: each call makes exactly its operation, each emulated one
 * succeeds and each other one gets the documented not-emulated 404, and every answer the emulator
 * gave validates against the operation's response schema in LINE's OpenAPI files (ajv, compiled
 * from the YAML, independently of the generated protocol).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, isEmulated, NOT_EMULATED_HEADER, startEmulator } from '@linejsx/emulator';
import { channelAssertion, OPERATION_IDS, OPERATIONS, type OperationId } from '@linejsx/protocol';
import type { RichMenu } from '@linejsx/schema';
import { createClient, createWebhookHandler, LineApiError, type LineClient, type WebhookBody } from '@linejsx/send';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_CALLS, callPath } from '../../tools/api-docs.ts';
import { answerErrors } from '../../tools/line-openapi.ts';
import { png } from '../support/png.ts';
import { describeWithSpec } from '../support/skip.ts';

const hello = [{ type: 'text', text: 'hello' }] as const;
const MENU: RichMenu = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Contract',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'menu' } }],
};
/** Emulated operations whose call gets LINE's error here, as it would from LINE for this channel. */
const REFUSED: Partial<Record<OperationId, number>> = {
  // The emulated channel has no audiences shared from LINE's Business Manager.
  getSharedAudienceData: 400,
};
const KEY_ID = 'contract-key';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

let emu: Emulator;
let line: LineClient;
let hook: Server;
const events: WebhookBody[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    followers: 60,
    rooms: [{ members: 3 }],
    recordAnswers: true,
    narrowcastStep: 5,
    assertionKeys: { [KEY_ID]: publicKey as KeyObject },
  });
  line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url, retry: false, timeout: 5000 });
  hook = createServer(createWebhookHandler({ channelSecret: emu.channelSecret, onEvents: (body) => void events.push(body) }));
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await emu?.stop();
  await new Promise<void>((resolve) => hook?.close(() => resolve()));
});

/** Shared between steps: what earlier calls created. */
const made: {
  richMenuId?: string;
  broadcast?: string;
  audience?: number;
  liffId?: string;
  shortLived?: string;
  v21?: string;
} = {};
const assertion = () => channelAssertion({ channelId: emu.channelId, keyId: KEY_ID, privateKey });
const user = () => emu.followers[0]!;
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
const today = () => new Date();

/**
 * The calls, in an order that gives each what it needs (a menu before its image, a broadcast before
 * the audience of who saw it). Each is the call docs/api.md names for its operation.
 */
const STEPS: ReadonlyArray<readonly [OperationId, () => Promise<unknown>]> = [
  ['setWebhookEndpoint', () => line.webhook.set('https://bot.example.com/callback')],
  ['getWebhookEndpoint', () => line.webhook.get()],
  [
    'testWebhookEndpoint',
    () => {
      emu.setWebhookEndpoint(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/callback`);
      return line.webhook.test();
    },
  ],
  [
    'getMessageContent',
    async () => {
      emu.setContent('100', png(20, 20), 'image/png');
      return (await line.messageContent('100')).buffer();
    },
  ],
  ['getMessageContentPreview', async () => (await line.messageContentPreview('100')).buffer()],
  [
    'getMessageContentTranscodingByMessageId',
    () => {
      emu.setContent('101', Buffer.from('video'), 'video/mp4', { transcoding: 'processing' });
      return line.messageContentTranscoding('101');
    },
  ],
  ['replyMessage', () => line.reply(emu.replyToken(user()), hello)],
  ['pushMessage', () => line.push(user(), hello, { customAggregationUnits: ['spring_sale'] })],
  ['multicast', () => line.multicast(emu.followers.slice(0, 3), hello, { customAggregationUnits: ['spring_sale'] })],
  ['broadcast', async () => (made.broadcast = (await line.broadcast(hello)).requestId)],
  [
    'narrowcast',
    async () => {
      const { requestId } = await line.narrowcast(hello, { filter: { demographic: { type: 'gender', oneOf: ['female'] } } });
      return line.waitForNarrowcast(requestId!, { interval: 5 });
    },
  ],
  ['getNarrowcastProgress', async () => line.narrowcastProgress(emu.requests().find((r) => r.operationId === 'narrowcast')!.requestId)],
  ['getMessageQuota', () => line.quota()],
  ['getMessageQuotaConsumption', () => line.quotaConsumption()],
  ['getNumberOfSentReplyMessages', () => line.sentMessageCount('reply', today())],
  ['getNumberOfSentPushMessages', () => line.sentMessageCount('push', today())],
  ['getNumberOfSentMulticastMessages', () => line.sentMessageCount('multicast', today())],
  ['getNumberOfSentBroadcastMessages', () => line.sentMessageCount('broadcast', today())],
  ['getPNPMessageStatistics', () => line.sentMessageCount('pnp', today())],
  ['validateReply', () => line.validate('reply', hello)],
  ['validatePush', () => line.validate('push', hello)],
  ['validateMulticast', () => line.validate('multicast', hello)],
  ['validateNarrowcast', () => line.validate('narrowcast', hello)],
  ['validateBroadcast', () => line.validate('broadcast', hello)],
  ['getAggregationUnitUsage', () => line.aggregationUnits.usage()],
  ['getAggregationUnitNameList', () => collect(line.aggregationUnits.names())],
  ['getProfile', () => line.profile(user())],
  ['getFollowers', () => collect(line.followerIds({ limit: 50 }))],
  ['getBotInfo', () => line.botInfo()],
  ['getGroupSummary', () => line.group.summary(emu.groups[0]!.groupId)],
  ['getGroupMemberCount', () => line.group.memberCount(emu.groups[0]!.groupId)],
  ['getGroupMembersIds', () => collect(line.group.memberIds(emu.groups[0]!.groupId))],
  ['getGroupMemberProfile', () => line.group.memberProfile(emu.groups[0]!.groupId, user())],
  ['getRoomMemberCount', () => line.room.memberCount(emu.rooms[0]!.roomId)],
  ['getRoomMembersIds', () => collect(line.room.memberIds(emu.rooms[0]!.roomId))],
  ['getRoomMemberProfile', () => line.room.memberProfile(emu.rooms[0]!.roomId, user())],
  ['leaveGroup', () => line.group.leave(emu.groups[0]!.groupId)],
  ['leaveRoom', () => line.room.leave(emu.rooms[0]!.roomId)],
  ['validateRichMenuObject', () => line.richMenu.validate(MENU)],
  ['createRichMenu', async () => (made.richMenuId = await line.richMenu.create(MENU))],
  ['getRichMenu', () => line.richMenu.get(made.richMenuId!)],
  ['setRichMenuImage', () => line.richMenu.uploadImage(made.richMenuId!, png(2500, 843), MENU)],
  ['getRichMenuImage', async () => (await line.richMenu.downloadImage(made.richMenuId!)).buffer()],
  ['getRichMenuList', () => line.richMenu.list()],
  ['setDefaultRichMenu', () => line.richMenu.setDefault(made.richMenuId!)],
  ['getDefaultRichMenuId', () => line.richMenu.getDefault()],
  ['linkRichMenuIdToUser', () => line.richMenu.link(user(), made.richMenuId!)],
  ['getRichMenuIdOfUser', () => line.richMenu.ofUser(user())],
  ['linkRichMenuIdToUsers', () => line.richMenu.linkUsers(emu.followers.slice(1, 4), made.richMenuId!)],
  ['unlinkRichMenuIdFromUsers', () => line.richMenu.unlinkUsers(emu.followers.slice(2, 4))],
  ['unlinkRichMenuIdFromUser', () => line.richMenu.unlink(emu.followers[1]!)],
  ['validateRichMenuBatchRequest', () => line.richMenu.validateBatch([{ type: 'unlink', from: made.richMenuId! }])],
  ['richMenuBatch', () => line.richMenu.batch([{ type: 'unlinkAll' }], { resumeRequestKey: 'contract-1' })],
  ['getRichMenuBatchProgress', () => line.richMenu.batchProgress(emu.requests().find((r) => r.operationId === 'richMenuBatch')!.requestId)],
  ['createRichMenuAlias', () => line.richMenu.alias.create('contract', made.richMenuId!)],
  ['getRichMenuAlias', () => line.richMenu.alias.get('contract')],
  ['updateRichMenuAlias', () => line.richMenu.alias.update('contract', made.richMenuId!)],
  ['getRichMenuAliasList', () => line.richMenu.alias.list()],
  ['deleteRichMenuAlias', () => line.richMenu.alias.delete('contract')],
  ['cancelDefaultRichMenu', () => line.richMenu.cancelDefault()],
  ['issueLinkToken', () => line.issueLinkToken(user())],
  ['showLoadingAnimation', () => line.chat.showLoadingAnimation(user(), 10)],
  ['markMessagesAsRead', () => line.chat.markAsRead(user())],
  [
    'markMessagesAsReadByToken',
    async () => {
      events.length = 0;
      await emu.userSays(user(), 'hi');
      await expect.poll(() => events.length).toBe(1);
      const event = events[0]!.events[0] as { message: { markAsReadToken: string } };
      return line.chat.markAsReadByToken(event.message.markAsReadToken);
    },
  ],
  ['pushMessagesByPhone', () => line.pnp.push('a'.repeat(64), hello)],
  ['getMembershipSubscription', () => line.membership.subscription(user())],
  ['getMembershipList', () => line.membership.plans()],
  ['getJoinedMembershipUsers', () => collect(line.membership.users(1))],
  ['listCoupon', () => collect(line.coupon.list())],
  [
    'createCoupon',
    () =>
      line.coupon.create({
        title: 'Spring',
        startTimestamp: 1,
        endTimestamp: 2,
        maxUseCountPerTicket: 1,
        timezone: 'ASIA_TOKYO',
        visibility: 'PUBLIC',
        acquisitionCondition: { type: 'normal' },
        reward: { type: 'free' },
      } as never),
  ],
  ['getCouponDetail', () => line.coupon.get('coupon-1')],
  ['closeCoupon', () => line.coupon.close('coupon-1')],
  [
    'createAudienceGroup',
    async () => (made.audience = (await line.audience.create('Contract', emu.followers.slice(0, 10))).audienceGroupId),
  ],
  ['addAudienceToAudienceGroup', () => line.audience.addUsers(made.audience!, emu.followers.slice(10, 12))],
  ['createAudienceForUploadingUserIds', () => line.audience.upload('Contract file', emu.followers.slice(0, 5))],
  ['addUserIdsToAudience', () => line.audience.addUsersByFile(made.audience!, emu.followers.slice(12, 14))],
  ['createClickBasedAudienceGroup', () => line.audience.createClickBased('Clicked', made.broadcast!)],
  ['createImpBasedAudienceGroup', () => line.audience.createImpressionBased('Saw it', made.broadcast!)],
  ['updateAudienceGroupDescription', () => line.audience.rename(made.audience!, 'Contract, renamed')],
  ['getAudienceData', () => line.audience.get(made.audience!)],
  ['getAudienceGroups', () => collect(line.audience.list({ size: 2 }))],
  ['getSharedAudienceData', () => line.audience.shared.get(1)],
  ['getSharedAudienceGroups', () => collect(line.audience.shared.list())],
  ['deleteAudienceGroup', () => line.audience.delete(made.audience!)],
  [
    'issueStatelessChannelToken',
    () => line.channelToken.issueStatelessToken({ channelId: emu.channelId, channelSecret: emu.channelSecret }),
  ],
  [
    'issueChannelToken',
    async () => (made.shortLived = (await line.channelToken.issueShortLivedToken(emu.channelId, emu.channelSecret)).access_token),
  ],
  ['verifyChannelToken', () => line.channelToken.verifyToken(made.shortLived!)],
  ['revokeChannelToken', () => line.channelToken.revokeToken(made.shortLived!)],
  [
    'issueChannelTokenByJWT',
    async () => (made.v21 = (await line.channelToken.issueTokenByJwt(assertion(), { tokenExp: 3600 })).access_token),
  ],
  ['verifyChannelTokenByJWT', () => line.channelToken.verifyTokenByJwt(made.v21!)],
  ['getsAllValidChannelAccessTokenKeyIds', () => line.channelToken.validKeyIds(assertion())],
  ['revokeChannelTokenByJWT', () => line.channelToken.revokeTokenByJwt(emu.channelId, emu.channelSecret, made.v21!)],
  ['getFriendsDemographics', () => line.insight.demographic()],
  ['getNumberOfMessageDeliveries', () => line.insight.messageDeliveries(today())],
  ['getNumberOfFollowers', () => line.insight.followers()],
  ['getMessageEvent', () => line.insight.messageEvent(made.broadcast!)],
  ['getStatisticsPerUnit', () => line.insight.statisticsPerUnit('spring_sale', today(), today())],
  ['getRichMenuInsightSummary', () => line.insight.richMenuSummary(made.richMenuId!, today(), today())],
  ['getRichMenuInsightDaily', () => line.insight.richMenuDaily(made.richMenuId!, today(), today())],
  ['addLIFFApp', async () => (made.liffId = await line.liff.add({ view: { type: 'full', url: 'https://liff.example.com' } }))],
  ['getAllLIFFApps', () => line.liff.list()],
  ['updateLIFFApp', () => line.liff.update(made.liffId!, { description: 'Contract' })],
  ['deleteLIFFApp', () => line.liff.delete(made.liffId!)],
  ['detachModule', () => line.module.detach(emu.bot.userId)],
  ['acquireChatControl', () => line.module.acquireChatControl(user(), { expired: true, ttl: 60 })],
  ['releaseChatControl', () => line.module.releaseChatControl(user())],
  ['getModules', () => collect(line.module.list())],
  [
    'attachModule',
    () =>
      line.module.attach(
        { channelId: emu.channelId, channelSecret: emu.channelSecret },
        { code: 'code', redirect_uri: 'https://example.com' },
      ),
  ],
  ['missionStickerV3', () => line.shop.missionSticker({ to: user(), productId: '1', productType: 'STICKER', sendPresentMessage: false })],
  ['deleteRichMenu', () => line.richMenu.delete(made.richMenuId!)],
];

/** The answers a step's call got, found in the emulator's record of the requests made while it ran. */
async function run(call: () => Promise<unknown>) {
  const before = emu.requests().length;
  let error: unknown;
  await call().catch((e: unknown) => {
    error = e;
  });
  return { made: emu.requests().slice(before), error };
}

describe('every operation through the client against the emulator', () => {
  it('has one step per operation, with the call docs/api.md names', () => {
    expect(STEPS.map(([id]) => id).sort()).toEqual([...OPERATION_IDS].sort());
    const client = createClient({ channelAccessToken: 'x' });
    for (const id of OPERATION_IDS) {
      const method = callPath(CLIENT_CALLS[id]).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], client);
      expect(typeof method, `${id}: ${CLIENT_CALLS[id]}`).toBe('function');
    }
  });

  // The steps build on each other (a menu before its image), so they run in one test, in order.
  it('makes each operation, which succeeds where emulated and answers the not-emulated 404 elsewhere', async () => {
    for (const [operationId, call] of STEPS) {
      const { made, error } = await run(call);
      const own = made.filter((r) => r.operationId === operationId);
      expect(own.length, `${CLIENT_CALLS[operationId]} made ${made.map((r) => r.operationId).join(', ') || 'no request'}`).toBeGreaterThan(
        0,
      );
      if (REFUSED[operationId]) {
        expect(error).toMatchObject({ status: REFUSED[operationId] });
      } else if (isEmulated(operationId)) {
        expect(error, `${operationId}: ${String(error)}`).toBeUndefined();
        for (const record of own) expect(record.status, operationId).toBeLessThan(300);
      } else {
        expect(error).toBeInstanceOf(LineApiError);
        expect(error).toMatchObject({ code: 'not_found', status: 404 });
        expect((error as Error).message).toContain(`does not emulate ${operationId}`);
      }
    }
  });
});

describeWithSpec("every answer against LINE's OpenAPI response schemas", () => {
  it('refuses what LINE would not answer (the emulator once said no webhook was an empty endpoint)', () => {
    expect(answerErrors('messaging-api.yml', 'getWebhookEndpoint', 200, { endpoint: '', active: false })).toEqual([
      '/endpoint must match format "uri"',
    ]);
    expect(answerErrors('insight.yml', 'getMessageEvent', 404, { message: 'Not found' })).toEqual([]);
  });

  it('validates each JSON answer the emulator gave against its operation and status', () => {
    const records = emu.requests().filter((r) => r.operationId && r.answer !== undefined);
    expect(new Set(records.map((r) => r.operationId)).size).toBeGreaterThan(90);
    for (const record of records) {
      const operation = OPERATIONS[record.operationId!];
      const errors = answerErrors(`${operation.spec}.yml`, record.operationId!, record.status as number, record.answer);
      expect(errors ?? [], `${record.operationId} ${record.status} ${JSON.stringify(record.answer).slice(0, 300)}`).toEqual([]);
    }
  });
});

describe('the not-emulated answer', () => {
  it('is a 404 of LINE’s shape with the header naming the operation, never a 405', async () => {
    const answer = await fetch(`${emu.url}/v2/bot/coupon`, { headers: { authorization: `Bearer ${emu.token}` } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get(NOT_EMULATED_HEADER)).toBe('listCoupon');
    expect(await answer.json()).toEqual({ message: expect.stringContaining('does not emulate listCoupon') });
  });
});
