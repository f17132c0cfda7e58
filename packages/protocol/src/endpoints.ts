/**
 * The short names the client used for its first 51 operations (`push`, `richMenuList`…), kept for
 * code written against them: `ENDPOINTS.push` is `OPERATIONS.pushMessage`. Rate limits can be
 * overridden under either name.
 */
import type { OperationId } from './generated/operations.ts';
import { OPERATIONS } from './operations.ts';
import type { RateLimit } from './rules.ts';

/** Short name -> operationId. */
export const ENDPOINT_OPERATIONS = {
  reply: 'replyMessage',
  push: 'pushMessage',
  multicast: 'multicast',
  narrowcast: 'narrowcast',
  broadcast: 'broadcast',
  narrowcastProgress: 'getNarrowcastProgress',
  validateReply: 'validateReply',
  validatePush: 'validatePush',
  validateMulticast: 'validateMulticast',
  validateNarrowcast: 'validateNarrowcast',
  validateBroadcast: 'validateBroadcast',
  quota: 'getMessageQuota',
  quotaConsumption: 'getMessageQuotaConsumption',
  deliveryReply: 'getNumberOfSentReplyMessages',
  deliveryPush: 'getNumberOfSentPushMessages',
  deliveryMulticast: 'getNumberOfSentMulticastMessages',
  deliveryBroadcast: 'getNumberOfSentBroadcastMessages',
  botInfo: 'getBotInfo',
  profile: 'getProfile',
  followerIds: 'getFollowers',
  groupSummary: 'getGroupSummary',
  groupMemberCount: 'getGroupMemberCount',
  groupMemberIds: 'getGroupMembersIds',
  groupMemberProfile: 'getGroupMemberProfile',
  webhookEndpoint: 'getWebhookEndpoint',
  setWebhookEndpoint: 'setWebhookEndpoint',
  testWebhookEndpoint: 'testWebhookEndpoint',
  createRichMenu: 'createRichMenu',
  validateRichMenu: 'validateRichMenuObject',
  richMenuList: 'getRichMenuList',
  richMenu: 'getRichMenu',
  deleteRichMenu: 'deleteRichMenu',
  uploadRichMenuImage: 'setRichMenuImage',
  richMenuImage: 'getRichMenuImage',
  setDefaultRichMenu: 'setDefaultRichMenu',
  defaultRichMenu: 'getDefaultRichMenuId',
  cancelDefaultRichMenu: 'cancelDefaultRichMenu',
  linkRichMenu: 'linkRichMenuIdToUser',
  userRichMenu: 'getRichMenuIdOfUser',
  unlinkRichMenu: 'unlinkRichMenuIdFromUser',
  bulkLinkRichMenu: 'linkRichMenuIdToUsers',
  bulkUnlinkRichMenu: 'unlinkRichMenuIdFromUsers',
  createRichMenuAlias: 'createRichMenuAlias',
  updateRichMenuAlias: 'updateRichMenuAlias',
  richMenuAlias: 'getRichMenuAlias',
  richMenuAliasList: 'getRichMenuAliasList',
  deleteRichMenuAlias: 'deleteRichMenuAlias',
  insightMessageDeliveries: 'getNumberOfMessageDeliveries',
  insightFollowers: 'getNumberOfFollowers',
  insightDemographic: 'getFriendsDemographics',
  messageContent: 'getMessageContent',
} as const satisfies Record<string, OperationId>;

export type EndpointName = keyof typeof ENDPOINT_OPERATIONS;

/** An operation as the endpoint table gives it. */
export type Endpoint = (typeof OPERATIONS)[OperationId];

/**
 * The operations under their short names.
 *
 * @example
 * ENDPOINTS.multicast.rate; // { limit: 200, per: 1000 }
 */
export const ENDPOINTS = Object.fromEntries(Object.entries(ENDPOINT_OPERATIONS).map(([name, id]) => [name, OPERATIONS[id]])) as unknown as {
  readonly [E in EndpointName]: (typeof OPERATIONS)[(typeof ENDPOINT_OPERATIONS)[E]];
};

const SHORT_NAMES = new Map<OperationId, EndpointName>(Object.entries(ENDPOINT_OPERATIONS).map(([name, id]) => [id, name as EndpointName]));

/**
 * The operationId of a short name or an operationId.
 *
 * @example
 * operationIdOf('push'); // 'pushMessage'
 */
export function operationIdOf(name: EndpointName | OperationId): OperationId {
  return (ENDPOINT_OPERATIONS as Record<string, OperationId>)[name] ?? (name as OperationId);
}

/**
 * The short name of an operation, if it has one.
 *
 * @example
 * endpointNameOf('getRichMenuList'); // 'richMenuList'
 */
export function endpointNameOf(operationId: OperationId): EndpointName | undefined {
  return SHORT_NAMES.get(operationId);
}

/** Rate limits per operation (operationId or short name) to use instead of LINE's; `false` turns one or all off. */
export type RateLimits = false | { readonly [E in EndpointName | OperationId]?: RateLimit | false };

/**
 * The limit in force for an operation: an override (under its operationId or short name), or LINE's.
 *
 * @example
 * rateLimitOf('multicast', undefined); // { limit: 200, per: 1000 }
 * rateLimitOf('pushMessage', { push: false }); // undefined
 */
export function rateLimitOf(name: EndpointName | OperationId, overrides: RateLimits | undefined): RateLimit | undefined {
  if (overrides === false) return undefined;
  const id = operationIdOf(name);
  const short = SHORT_NAMES.get(id);
  const override = overrides?.[id] ?? (short ? overrides?.[short] : undefined);
  if (override === false) return undefined;
  return override ?? OPERATIONS[id].rate;
}
