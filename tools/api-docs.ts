/**
 * `docs/api.md`: every operation of the LINE API (`@linejsx/protocol`) with its method and path,
 * the client call that makes it, and whether the emulator emulates it. The calls are written here,
 * once; `test/contract/operations.test.ts` makes each of them against the emulator and checks that
 * it made that operation, and `test/docs/api-docs.test.ts` that docs/api.md is this file's output.
 *
 *   pnpm docs:api   writes docs/api.md
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEmulated, NOT_EMULATED } from '@linejsx/emulator';
import { OPERATION_IDS, OPERATIONS, type OperationId } from '@linejsx/protocol';

/** The client call of each operation (`line` is a client of `createClient`). */
export const CLIENT_CALLS: Readonly<Record<OperationId, string>> = {
  getWebhookEndpoint: 'line.webhook.get()',
  setWebhookEndpoint: 'line.webhook.set(endpoint)',
  testWebhookEndpoint: 'line.webhook.test(endpoint?)',
  getMessageContent: 'line.messageContent(messageId)',
  getMessageContentPreview: 'line.messageContentPreview(messageId)',
  getMessageContentTranscodingByMessageId: 'line.messageContentTranscoding(messageId)',
  replyMessage: 'line.reply(replyToken, messages, options?)',
  pushMessage: 'line.push(to, messages, options?)',
  multicast: 'line.multicast(userIds, messages, options?)',
  narrowcast: 'line.narrowcast(messages, { recipient, filter, limit }?)',
  getNarrowcastProgress: 'line.narrowcastProgress(requestId)',
  broadcast: 'line.broadcast(messages, options?)',
  getMessageQuota: 'line.quota()',
  getMessageQuotaConsumption: 'line.quotaConsumption()',
  getNumberOfSentReplyMessages: "line.sentMessageCount('reply', date)",
  getNumberOfSentPushMessages: "line.sentMessageCount('push', date)",
  getNumberOfSentMulticastMessages: "line.sentMessageCount('multicast', date)",
  getNumberOfSentBroadcastMessages: "line.sentMessageCount('broadcast', date)",
  validateReply: "line.validate('reply', messages)",
  validatePush: "line.validate('push', messages)",
  validateMulticast: "line.validate('multicast', messages)",
  validateNarrowcast: "line.validate('narrowcast', messages)",
  validateBroadcast: "line.validate('broadcast', messages)",
  getAggregationUnitUsage: 'line.aggregationUnits.usage()',
  getAggregationUnitNameList: 'line.aggregationUnits.names()',
  getProfile: 'line.profile(userId)',
  getFollowers: 'line.followerIds({ limit }?)',
  getBotInfo: 'line.botInfo()',
  getGroupMemberProfile: 'line.group.memberProfile(groupId, userId)',
  getRoomMemberProfile: 'line.room.memberProfile(roomId, userId)',
  getGroupMembersIds: 'line.group.memberIds(groupId)',
  getRoomMembersIds: 'line.room.memberIds(roomId)',
  leaveGroup: 'line.group.leave(groupId)',
  leaveRoom: 'line.room.leave(roomId)',
  getGroupSummary: 'line.group.summary(groupId)',
  getGroupMemberCount: 'line.group.memberCount(groupId)',
  getRoomMemberCount: 'line.room.memberCount(roomId)',
  createRichMenu: 'line.richMenu.create(menu)',
  validateRichMenuObject: 'line.richMenu.validate(menu)',
  getRichMenuImage: 'line.richMenu.downloadImage(richMenuId)',
  setRichMenuImage: 'line.richMenu.uploadImage(richMenuId, image, menu?)',
  getRichMenu: 'line.richMenu.get(richMenuId)',
  deleteRichMenu: 'line.richMenu.delete(richMenuId)',
  getRichMenuList: 'line.richMenu.list()',
  setDefaultRichMenu: 'line.richMenu.setDefault(richMenuId)',
  getDefaultRichMenuId: 'line.richMenu.getDefault()',
  cancelDefaultRichMenu: 'line.richMenu.cancelDefault()',
  createRichMenuAlias: 'line.richMenu.alias.create(aliasId, richMenuId)',
  getRichMenuAlias: 'line.richMenu.alias.get(aliasId)',
  updateRichMenuAlias: 'line.richMenu.alias.update(aliasId, richMenuId)',
  deleteRichMenuAlias: 'line.richMenu.alias.delete(aliasId)',
  getRichMenuAliasList: 'line.richMenu.alias.list()',
  getRichMenuIdOfUser: 'line.richMenu.ofUser(userId)',
  unlinkRichMenuIdFromUser: 'line.richMenu.unlink(userId)',
  linkRichMenuIdToUser: 'line.richMenu.link(userId, richMenuId)',
  linkRichMenuIdToUsers: 'line.richMenu.linkUsers(userIds, richMenuId)',
  unlinkRichMenuIdFromUsers: 'line.richMenu.unlinkUsers(userIds)',
  richMenuBatch: 'line.richMenu.batch(operations, { resumeRequestKey }?)',
  validateRichMenuBatchRequest: 'line.richMenu.validateBatch(operations)',
  getRichMenuBatchProgress: 'line.richMenu.batchProgress(requestId)',
  issueLinkToken: 'line.issueLinkToken(userId)',
  markMessagesAsRead: 'line.chat.markAsRead(userId)',
  pushMessagesByPhone: 'line.pnp.push(phoneHash, messages, options?)',
  getPNPMessageStatistics: "line.sentMessageCount('pnp', date)",
  getMembershipSubscription: 'line.membership.subscription(userId)',
  getMembershipList: 'line.membership.plans()',
  getJoinedMembershipUsers: 'line.membership.users(membershipId)',
  listCoupon: 'line.coupon.list({ status }?)',
  createCoupon: 'line.coupon.create(coupon)',
  getCouponDetail: 'line.coupon.get(couponId)',
  closeCoupon: 'line.coupon.close(couponId)',
  showLoadingAnimation: 'line.chat.showLoadingAnimation(userId, seconds?)',
  markMessagesAsReadByToken: 'line.chat.markAsReadByToken(markAsReadToken)',
  createAudienceGroup: 'line.audience.create(description, userIds?, options?)',
  addAudienceToAudienceGroup: 'line.audience.addUsers(audienceGroupId, userIds)',
  createAudienceForUploadingUserIds: 'line.audience.upload(description, userIds, options?)',
  addUserIdsToAudience: 'line.audience.addUsersByFile(audienceGroupId, userIds)',
  createClickBasedAudienceGroup: 'line.audience.createClickBased(description, requestId, clickUrl?)',
  createImpBasedAudienceGroup: 'line.audience.createImpressionBased(description, requestId)',
  updateAudienceGroupDescription: 'line.audience.rename(audienceGroupId, description)',
  deleteAudienceGroup: 'line.audience.delete(audienceGroupId)',
  getAudienceData: 'line.audience.get(audienceGroupId)',
  getAudienceGroups: 'line.audience.list(filters?)',
  getSharedAudienceData: 'line.audience.shared.get(audienceGroupId)',
  getSharedAudienceGroups: 'line.audience.shared.list(filters?)',
  issueStatelessChannelToken: 'line.channelToken.issueStatelessToken(credentials); createClient({ channelId, channelSecret })',
  getsAllValidChannelAccessTokenKeyIds: 'line.channelToken.validKeyIds(assertion)',
  issueChannelTokenByJWT: 'line.channelToken.issueTokenByJwt(assertion, { tokenExp }?)',
  verifyChannelTokenByJWT: 'line.channelToken.verifyTokenByJwt(accessToken)',
  revokeChannelTokenByJWT: 'line.channelToken.revokeTokenByJwt(channelId, channelSecret, accessToken)',
  issueChannelToken: 'line.channelToken.issueShortLivedToken(channelId, channelSecret)',
  verifyChannelToken: 'line.channelToken.verifyToken(accessToken)',
  revokeChannelToken: 'line.channelToken.revokeToken(accessToken)',
  getFriendsDemographics: 'line.insight.demographic()',
  getNumberOfMessageDeliveries: 'line.insight.messageDeliveries(date)',
  getNumberOfFollowers: 'line.insight.followers(date?)',
  getMessageEvent: 'line.insight.messageEvent(requestId)',
  getStatisticsPerUnit: 'line.insight.statisticsPerUnit(unit, from, to)',
  getRichMenuInsightSummary: 'line.insight.richMenuSummary(richMenuId, from, to)',
  getRichMenuInsightDaily: 'line.insight.richMenuDaily(richMenuId, from, to)',
  addLIFFApp: 'line.liff.add(app)',
  getAllLIFFApps: 'line.liff.list()',
  updateLIFFApp: 'line.liff.update(liffId, app)',
  deleteLIFFApp: 'line.liff.delete(liffId)',
  detachModule: 'line.module.detach(botId)',
  acquireChatControl: 'line.module.acquireChatControl(chatId, options?)',
  releaseChatControl: 'line.module.releaseChatControl(chatId)',
  getModules: 'line.module.list()',
  attachModule: 'line.module.attach({ channelId, channelSecret }, request)',
  missionStickerV3: 'line.shop.missionSticker(request)',
};

/**
 * The path of a client call's method, e.g. `['chat', 'showLoadingAnimation']`.
 *
 * @example
 * callPath('line.chat.showLoadingAnimation(userId, seconds?)'); // ['chat', 'showLoadingAnimation']
 */
export function callPath(call: string): string[] {
  return /^line\.([\w.]+)\(/.exec(call)![1]!.split('.');
}

const HOSTS = { api: 'api.line.me', data: 'api-data.line.me', manager: 'manager.line.biz' } as const;

/** docs/api.md. */
export function apiDocs(): string {
  const emulated = OPERATION_IDS.filter(isEmulated).length;
  const lines = [
    '# The LINE API in linejsx',
    '',
    'Generated by `tools/api-docs.ts` (`pnpm docs:api`) from `@linejsx/protocol`, the client calls written there and the',
    "emulator's list of what it emulates; `npm test` checks that this page is current. Every operation of LINE's OpenAPI",
    `files, ${OPERATION_IDS.length} of them: ${OPERATION_IDS.length} have a client call, ${emulated} are emulated, and the other ${OPERATION_IDS.length - emulated} answer the`,
    "emulator's documented not-emulated 404 (`x-linejsx-not-emulated`; the reasons are in",
    '[the emulator README](../packages/emulator/README.md#what-is-not-emulated)).',
    '',
  ];
  for (const spec of [...new Set(OPERATION_IDS.map((id) => OPERATIONS[id].spec))]) {
    lines.push(`## ${spec}.yml`, '', '| operationId | method and path | client call | emulated |', '| --- | --- | --- | --- |');
    for (const id of OPERATION_IDS.filter((op) => OPERATIONS[op].spec === spec)) {
      const op = OPERATIONS[id];
      const host = op.host === 'api' ? '' : ` (${HOSTS[op.host]})`;
      const emulatedCell = isEmulated(id) ? 'yes' : `no: ${NOT_EMULATED[id as keyof typeof NOT_EMULATED]}`;
      lines.push(`| \`${id}\` | \`${op.method} ${op.path}\`${host} | \`${CLIENT_CALLS[id]}\` | ${emulatedCell} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const API_DOCS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../docs/api.md');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(API_DOCS, apiDocs());
  process.stdout.write(`wrote ${API_DOCS}\n`);
}
