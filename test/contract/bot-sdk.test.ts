/**
 * The official SDK (`@line/bot-sdk` 11.2.0) pointed at the emulator, as a new user would try it:
 * every method of every API client, each succeeding or getting the emulator's documented
 * not-emulated answer (404 with `x-linejsx-not-emulated`), never a 405 or an unknown path. The
 * `…WithHttpInfo` twins are what these methods call, and `LineBotClient` only delegates to these
 * clients, so calling each method here covers them.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  channelAccessToken,
  HTTPFetchError,
  insight,
  liff,
  manageAudience,
  messagingApi,
  moduleAttach,
  moduleOperation,
  shop,
} from '@line/bot-sdk';
import { type Emulator, isEmulated, NOT_EMULATED_HEADER, startEmulator } from '@linejsx/emulator';
import { channelAssertion, OPERATIONS, type OperationId } from '@linejsx/protocol';
import { createWebhookHandler, type MessageEvent } from '@linejsx/send';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../support/png.ts';

const KEY_ID = 'sdk-key';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const menuImage = () => new Blob([new Uint8Array(png(2500, 843))], { type: 'image/png' });
const hello: messagingApi.Message[] = [{ type: 'text', text: 'hello' }];
const MENU: messagingApi.RichMenuRequest = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'SDK',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'menu' } as messagingApi.Action }],
};

let emu: Emulator;
let hook: Server;
/** The `markAsReadToken`s of the message events the bot's webhook received. */
const tokens: string[] = [];
let sdk: {
  messaging: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
  audience: manageAudience.ManageAudienceClient;
  audienceBlob: manageAudience.ManageAudienceBlobClient;
  insight: insight.InsightClient;
  liff: liff.LiffClient;
  token: channelAccessToken.ChannelAccessTokenClient;
  module: moduleOperation.LineModuleClient;
  attach: moduleAttach.LineModuleAttachClient;
  shop: shop.ShopClient;
};

beforeAll(async () => {
  emu = await startEmulator({ followers: 40, narrowcastStep: 5, assertionKeys: { [KEY_ID]: publicKey as KeyObject } });
  hook = createServer(
    createWebhookHandler({
      channelSecret: emu.channelSecret,
      onEvents: ({ events }) => {
        for (const event of events) {
          const message = event.type === 'message' ? (event as MessageEvent).message : undefined;
          if (message?.type === 'text' && message.markAsReadToken) tokens.push(message.markAsReadToken);
        }
      },
    }),
  );
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const config = { channelAccessToken: emu.token, baseURL: emu.url };
  sdk = {
    messaging: new messagingApi.MessagingApiClient(config),
    blob: new messagingApi.MessagingApiBlobClient(config),
    audience: new manageAudience.ManageAudienceClient(config),
    audienceBlob: new manageAudience.ManageAudienceBlobClient(config),
    insight: new insight.InsightClient(config),
    liff: new liff.LiffClient(config),
    token: new channelAccessToken.ChannelAccessTokenClient({ baseURL: emu.url }),
    module: new moduleOperation.LineModuleClient(config),
    attach: new moduleAttach.LineModuleAttachClient(config),
    shop: new shop.ShopClient(config),
  };
});
afterAll(async () => {
  await emu?.stop();
  await new Promise<void>((resolve) => hook?.close(() => resolve()));
});

const made: { richMenuId?: string; broadcast?: string; audience?: number; liffId?: string; shortLived?: string; v21?: string } = {};
const user = () => emu.followers[0]!;
const assertion = () => channelAssertion({ channelId: emu.channelId, keyId: KEY_ID, privateKey });
const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
const lastRequestId = (operationId: OperationId) => emu.requests().findLast((r) => r.operationId === operationId)!.requestId;

type Calls<C> = {
  readonly [K in keyof C as K extends `${string}WithHttpInfo` | 'constructor'
    ? never
    : C[K] extends (...args: never[]) => unknown
      ? K
      : never]: () => Promise<unknown>;
};

/** Every method of each client, in an order that gives each what it needs. */
const calls = (): {
  readonly [K in keyof typeof sdk]: Calls<(typeof sdk)[K]>;
} => ({
  messaging: {
    setWebhookEndpoint: () => sdk.messaging.setWebhookEndpoint({ endpoint: 'https://bot.example.com/callback' }),
    getWebhookEndpoint: () => sdk.messaging.getWebhookEndpoint(),
    testWebhookEndpoint: () => {
      emu.setWebhookEndpoint('http://127.0.0.1:9/callback');
      return sdk.messaging.testWebhookEndpoint({});
    },
    replyMessage: () => sdk.messaging.replyMessage({ replyToken: emu.replyToken(user()), messages: hello }),
    pushMessage: () =>
      sdk.messaging.pushMessage({ to: user(), messages: hello, customAggregationUnits: ['sdk_unit'] }, crypto.randomUUID()),
    multicast: () => sdk.messaging.multicast({ to: emu.followers.slice(0, 3), messages: hello }, crypto.randomUUID()),
    broadcast: async () => {
      await sdk.messaging.broadcast({ messages: hello }, crypto.randomUUID());
      made.broadcast = lastRequestId('broadcast');
    },
    narrowcast: () => sdk.messaging.narrowcast({ messages: hello }, crypto.randomUUID()),
    getNarrowcastProgress: () => sdk.messaging.getNarrowcastProgress(lastRequestId('narrowcast')),
    getMessageQuota: () => sdk.messaging.getMessageQuota(),
    getMessageQuotaConsumption: () => sdk.messaging.getMessageQuotaConsumption(),
    getNumberOfSentReplyMessages: () => sdk.messaging.getNumberOfSentReplyMessages(today()),
    getNumberOfSentPushMessages: () => sdk.messaging.getNumberOfSentPushMessages(today()),
    getNumberOfSentMulticastMessages: () => sdk.messaging.getNumberOfSentMulticastMessages(today()),
    getNumberOfSentBroadcastMessages: () => sdk.messaging.getNumberOfSentBroadcastMessages(today()),
    getPNPMessageStatistics: () => sdk.messaging.getPNPMessageStatistics(today()),
    validateReply: () => sdk.messaging.validateReply({ messages: hello }),
    validatePush: () => sdk.messaging.validatePush({ messages: hello }),
    validateMulticast: () => sdk.messaging.validateMulticast({ messages: hello }),
    validateNarrowcast: () => sdk.messaging.validateNarrowcast({ messages: hello }),
    validateBroadcast: () => sdk.messaging.validateBroadcast({ messages: hello }),
    getAggregationUnitUsage: () => sdk.messaging.getAggregationUnitUsage(),
    getAggregationUnitNameList: () => sdk.messaging.getAggregationUnitNameList('10'),
    getProfile: () => sdk.messaging.getProfile(user()),
    getFollowers: () => sdk.messaging.getFollowers(undefined, 10),
    getBotInfo: () => sdk.messaging.getBotInfo(),
    getGroupSummary: () => sdk.messaging.getGroupSummary(emu.groups[0]!.groupId),
    getGroupMemberCount: () => sdk.messaging.getGroupMemberCount(emu.groups[0]!.groupId),
    getGroupMembersIds: () => sdk.messaging.getGroupMembersIds(emu.groups[0]!.groupId),
    getGroupMemberProfile: () => sdk.messaging.getGroupMemberProfile(emu.groups[0]!.groupId, user()),
    getRoomMemberCount: () => sdk.messaging.getRoomMemberCount(emu.rooms[0]!.roomId),
    getRoomMembersIds: () => sdk.messaging.getRoomMembersIds(emu.rooms[0]!.roomId),
    getRoomMemberProfile: () => sdk.messaging.getRoomMemberProfile(emu.rooms[0]!.roomId, user()),
    leaveGroup: () => sdk.messaging.leaveGroup(emu.groups[0]!.groupId),
    leaveRoom: () => sdk.messaging.leaveRoom(emu.rooms[0]!.roomId),
    validateRichMenuObject: () => sdk.messaging.validateRichMenuObject(MENU),
    createRichMenu: async () => {
      made.richMenuId = (await sdk.messaging.createRichMenu(MENU)).richMenuId;
      // A menu is shown (default, linked) only once it has an image.
      await sdk.blob.setRichMenuImage(made.richMenuId, menuImage());
    },
    getRichMenu: () => sdk.messaging.getRichMenu(made.richMenuId!),
    getRichMenuList: () => sdk.messaging.getRichMenuList(),
    setDefaultRichMenu: () => sdk.messaging.setDefaultRichMenu(made.richMenuId!),
    getDefaultRichMenuId: () => sdk.messaging.getDefaultRichMenuId(),
    linkRichMenuIdToUser: () => sdk.messaging.linkRichMenuIdToUser(user(), made.richMenuId!),
    getRichMenuIdOfUser: () => sdk.messaging.getRichMenuIdOfUser(user()),
    linkRichMenuIdToUsers: () => sdk.messaging.linkRichMenuIdToUsers({ richMenuId: made.richMenuId!, userIds: emu.followers.slice(1, 3) }),
    unlinkRichMenuIdFromUsers: () => sdk.messaging.unlinkRichMenuIdFromUsers({ userIds: emu.followers.slice(1, 3) }),
    unlinkRichMenuIdFromUser: () => sdk.messaging.unlinkRichMenuIdFromUser(user()),
    validateRichMenuBatchRequest: () => sdk.messaging.validateRichMenuBatchRequest({ operations: [{ type: 'unlinkAll' }] }),
    richMenuBatch: () =>
      sdk.messaging.richMenuBatch({ operations: [{ type: 'unlink', from: made.richMenuId! } as messagingApi.RichMenuBatchOperation] }),
    getRichMenuBatchProgress: () => sdk.messaging.getRichMenuBatchProgress(lastRequestId('richMenuBatch')),
    createRichMenuAlias: () => sdk.messaging.createRichMenuAlias({ richMenuAliasId: 'sdk', richMenuId: made.richMenuId! }),
    getRichMenuAlias: () => sdk.messaging.getRichMenuAlias('sdk'),
    updateRichMenuAlias: () => sdk.messaging.updateRichMenuAlias('sdk', { richMenuId: made.richMenuId! }),
    getRichMenuAliasList: () => sdk.messaging.getRichMenuAliasList(),
    deleteRichMenuAlias: () => sdk.messaging.deleteRichMenuAlias('sdk'),
    cancelDefaultRichMenu: () => sdk.messaging.cancelDefaultRichMenu(),
    issueLinkToken: () => sdk.messaging.issueLinkToken(user()),
    markMessagesAsRead: () => sdk.messaging.markMessagesAsRead({ chat: { userId: user() } }),
    markMessagesAsReadByToken: async () => {
      // The token comes with a message event the emulator sends to the bot's webhook.
      emu.setWebhookEndpoint(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/callback`);
      await emu.userSays(user(), 'hi');
      await expect.poll(() => tokens.length).toBeGreaterThan(0);
      return sdk.messaging.markMessagesAsReadByToken({ markAsReadToken: tokens.at(-1)! });
    },
    showLoadingAnimation: () => sdk.messaging.showLoadingAnimation({ chatId: user(), loadingSeconds: 5 }),
    pushMessagesByPhone: () => sdk.messaging.pushMessagesByPhone({ to: 'a'.repeat(64), messages: hello }),
    getMembershipSubscription: () => sdk.messaging.getMembershipSubscription(user()),
    getMembershipList: () => sdk.messaging.getMembershipList(),
    getJoinedMembershipUsers: () => sdk.messaging.getJoinedMembershipUsers(1),
    listCoupon: () => sdk.messaging.listCoupon(),
    createCoupon: () => sdk.messaging.createCoupon(),
    getCouponDetail: () => sdk.messaging.getCouponDetail('coupon-1'),
    closeCoupon: () => sdk.messaging.closeCoupon('coupon-1'),
    deleteRichMenu: () => sdk.messaging.deleteRichMenu(made.richMenuId!),
  },
  blob: {
    setRichMenuImage: async () => {
      const { richMenuId } = await sdk.messaging.createRichMenu(MENU);
      made.richMenuId = richMenuId;
      return sdk.blob.setRichMenuImage(richMenuId, menuImage());
    },
    getRichMenuImage: () => sdk.blob.getRichMenuImage(made.richMenuId!),
    getMessageContent: () => {
      emu.setContent('100', png(10, 10), 'image/png');
      return sdk.blob.getMessageContent('100');
    },
    getMessageContentPreview: () => sdk.blob.getMessageContentPreview('100'),
    getMessageContentTranscodingByMessageId: () => sdk.blob.getMessageContentTranscodingByMessageId('100'),
  },
  audience: {
    createAudienceGroup: async () =>
      (made.audience = (await sdk.audience.createAudienceGroup({ description: 'SDK', audiences: [{ id: user() }] })).audienceGroupId),
    addAudienceToAudienceGroup: () =>
      sdk.audience.addAudienceToAudienceGroup({ audienceGroupId: made.audience!, audiences: [{ id: emu.followers[1]! }] }),
    createClickBasedAudienceGroup: () => sdk.audience.createClickBasedAudienceGroup({ description: 'Clicked', requestId: made.broadcast! }),
    createImpBasedAudienceGroup: () => sdk.audience.createImpBasedAudienceGroup({ description: 'Saw it', requestId: made.broadcast! }),
    updateAudienceGroupDescription: () => sdk.audience.updateAudienceGroupDescription(made.audience!, { description: 'SDK, renamed' }),
    getAudienceData: () => sdk.audience.getAudienceData(made.audience!),
    getAudienceGroups: () => sdk.audience.getAudienceGroups(1),
    getSharedAudienceData: () => sdk.audience.getSharedAudienceData(1),
    getSharedAudienceGroups: () => sdk.audience.getSharedAudienceGroups(1),
    deleteAudienceGroup: () => sdk.audience.deleteAudienceGroup(made.audience!),
  },
  audienceBlob: {
    createAudienceForUploadingUserIds: () =>
      sdk.audienceBlob.createAudienceForUploadingUserIds(new Blob([emu.followers.slice(0, 3).join('\n')]), 'SDK file'),
    addUserIdsToAudience: async () => {
      const { audienceGroupId } = await sdk.audience.createAudienceGroup({ description: 'SDK file 2' });
      return sdk.audienceBlob.addUserIdsToAudience(new Blob([emu.followers[4]!]), audienceGroupId);
    },
  },
  insight: {
    getFriendsDemographics: () => sdk.insight.getFriendsDemographics(),
    getNumberOfMessageDeliveries: () => sdk.insight.getNumberOfMessageDeliveries(today()),
    getNumberOfFollowers: () => sdk.insight.getNumberOfFollowers(),
    getMessageEvent: () => sdk.insight.getMessageEvent(made.broadcast!),
    getStatisticsPerUnit: () => sdk.insight.getStatisticsPerUnit('sdk_unit', today(), today()),
    getRichMenuInsightSummary: () => sdk.insight.getRichMenuInsightSummary(made.richMenuId!, today(), today()),
    getRichMenuInsightDaily: () => sdk.insight.getRichMenuInsightDaily(made.richMenuId!, today(), today()),
  },
  liff: {
    addLIFFApp: async () => (made.liffId = (await sdk.liff.addLIFFApp({ view: { type: 'full', url: 'https://liff.example.com' } })).liffId),
    getAllLIFFApps: () => sdk.liff.getAllLIFFApps(),
    updateLIFFApp: () => sdk.liff.updateLIFFApp(made.liffId!, { description: 'SDK' }),
    deleteLIFFApp: () => sdk.liff.deleteLIFFApp(made.liffId!),
  },
  token: {
    issueStatelessChannelToken: () =>
      sdk.token.issueStatelessChannelToken('client_credentials', undefined, undefined, emu.channelId, emu.channelSecret),
    issueStatelessChannelTokenByClientSecret: () => sdk.token.issueStatelessChannelTokenByClientSecret(emu.channelId, emu.channelSecret),
    issueStatelessChannelTokenByJWTAssertion: () => sdk.token.issueStatelessChannelTokenByJWTAssertion(assertion()),
    issueChannelToken: async () =>
      (made.shortLived = (await sdk.token.issueChannelToken('client_credentials', emu.channelId, emu.channelSecret)).access_token),
    verifyChannelToken: () => sdk.token.verifyChannelToken(made.shortLived!),
    revokeChannelToken: () => sdk.token.revokeChannelToken(made.shortLived!),
    issueChannelTokenByJWT: async () =>
      (made.v21 = (
        await sdk.token.issueChannelTokenByJWT('client_credentials', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', assertion())
      ).access_token),
    verifyChannelTokenByJWT: () => sdk.token.verifyChannelTokenByJWT(made.v21!),
    getsAllValidChannelAccessTokenKeyIds: () =>
      sdk.token.getsAllValidChannelAccessTokenKeyIds('urn:ietf:params:oauth:client-assertion-type:jwt-bearer', assertion()),
    revokeChannelTokenByJWT: () => sdk.token.revokeChannelTokenByJWT(emu.channelId, emu.channelSecret, made.v21!),
  },
  module: {
    detachModule: () => sdk.module.detachModule({ botId: emu.bot.userId }),
    acquireChatControl: () => sdk.module.acquireChatControl(user(), { expired: true, ttl: 60 }),
    releaseChatControl: () => sdk.module.releaseChatControl(user()),
    getModules: () => sdk.module.getModules(),
  },
  attach: {
    attachModule: () => sdk.attach.attachModule('authorization_code', 'code', 'https://example.com'),
  },
  shop: {
    missionStickerV3: () => sdk.shop.missionStickerV3({ to: user(), productId: '1', productType: 'STICKER', sendPresentMessage: false }),
  },
});

/** The methods a client class has (its prototype's own functions), without the `…WithHttpInfo` twins. */
function methodsOf(client: object): string[] {
  return Object.getOwnPropertyNames(Object.getPrototypeOf(client)).filter(
    (name) => name !== 'constructor' && !name.endsWith('WithHttpInfo') && typeof (client as Record<string, unknown>)[name] === 'function',
  );
}

describe('@line/bot-sdk 11.2.0 against the emulator', () => {
  it('has a call here for every method of every client', () => {
    const table = calls();
    for (const [name, client] of Object.entries(sdk))
      expect(Object.keys(table[name as keyof typeof sdk]).sort(), name).toEqual(methodsOf(client).sort());
  });

  it('gets an answer to each: success, or the documented not-emulated 404', async () => {
    const table = calls();
    const outcomes: string[] = [];
    for (const [client, methods] of Object.entries(table)) {
      for (const [method, call] of Object.entries(methods as Record<string, () => Promise<unknown>>)) {
        const before = emu.requests().length;
        try {
          await call();
          outcomes.push(`${client}.${method}: ok`);
        } catch (error) {
          if (!(error instanceof HTTPFetchError)) throw new Error(`${client}.${method} threw ${String(error)}`);
          const operation = error.headers.get(NOT_EMULATED_HEADER);
          outcomes.push(`${client}.${method}: ${error.status}${operation ? ` not emulated (${operation})` : ` ${error.body}`}`);
        }
        const made = emu.requests().slice(before);
        // Every request reached an operation of LINE's: no unknown path, no 405.
        for (const record of made) expect(record.operationId, `${client}.${method}: ${record.method} ${record.path}`).toBeDefined();
      }
    }
    const failures = outcomes.filter((o) => !o.endsWith(': ok') && !o.includes('not emulated'));
    // The emulated channel has no shared audiences: LINE's 400 "audience group not found".
    expect(failures).toEqual(['audience.getSharedAudienceData: 400 {"message":"audience group not found"}']);
    const notEmulated = outcomes.filter((o) => o.includes('not emulated')).map((o) => /\((\w+)\)$/.exec(o)![1] as OperationId);
    expect(notEmulated.every((id) => !isEmulated(id) && OPERATIONS[id])).toBe(true);
  });
});
