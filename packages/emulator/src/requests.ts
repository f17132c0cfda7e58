/**
 * Checks request bodies as LINE does: the messages with `@linejsx/schema` (the same rules as the
 * client), the other fields per `messaging-api.yml`. Problems come back as LINE's `details`:
 * `{ message, property }` with property paths such as `messages[0].text` or `to[3]`.
 */
import { type ValidationIssue, validateMessages, validateRichMenu } from '@linejsx/schema';
import {
  aggregationUnitIssues,
  bulkUserIdIssues,
  chatIdIssues,
  MULTICAST_CHUNK,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  richMenuAliasIdIssues,
  richMenuIdIssues,
  userIdIssues,
  webhookEndpointIssues,
} from '@linejsx/send';

/** One entry of LINE's error `details` (`S:ErrorDetail`). */
export interface ErrorDetail {
  readonly message: string;
  readonly property: string;
}

type Body = Record<string, unknown>;

const detail = (property: string, message: string): ErrorDetail => ({ message, property });
const fromIssues = (issues: readonly ValidationIssue[]): ErrorDetail[] => issues.map((i) => detail(i.path, i.message));

function messages(body: Body): ErrorDetail[] {
  const result = validateMessages(body.messages);
  return result.ok ? [] : fromIssues(result.issues);
}

function optionalBoolean(body: Body, key: string): ErrorDetail[] {
  return body[key] === undefined || typeof body[key] === 'boolean' ? [] : [detail(key, `${key} must be a boolean`)];
}

function unknownKeys(body: Body, known: readonly string[]): ErrorDetail[] {
  return Object.keys(body)
    .filter((k) => !known.includes(k))
    .map((k) => detail(k, `${k} is not a property of this request`));
}

function onlyMessages(body: Body): ErrorDetail[] {
  return [...unknownKeys(body, ['messages']), ...messages(body)];
}

function richMenu(body: Body): ErrorDetail[] {
  const result = validateRichMenu(body);
  return result.ok ? [] : fromIssues(result.issues);
}

/** Request checks per endpoint; endpoints without a body need none. */
export const CHECKS: Readonly<Record<string, (body: Body) => ErrorDetail[]>> = {
  reply: (b) => [
    ...unknownKeys(b, ['replyToken', 'messages', 'notificationDisabled']),
    ...(typeof b.replyToken === 'string' && b.replyToken !== '' ? [] : [detail('replyToken', 'replyToken is required')]),
    ...messages(b),
    ...optionalBoolean(b, 'notificationDisabled'),
  ],
  push: (b) => [
    ...unknownKeys(b, ['to', 'messages', 'notificationDisabled', 'customAggregationUnits']),
    ...fromIssues(chatIdIssues(b.to)),
    ...messages(b),
    ...optionalBoolean(b, 'notificationDisabled'),
    ...fromIssues(aggregationUnitIssues(b.customAggregationUnits)),
  ],
  multicast: (b) => {
    const to = b.to;
    const target: ErrorDetail[] = !Array.isArray(to)
      ? [detail('to', 'to must be an array of user IDs')]
      : to.length === 0 || to.length > MULTICAST_CHUNK
        ? [detail('to', `to has ${to.length} user IDs; LINE takes 1 to ${MULTICAST_CHUNK}`)]
        : fromIssues(userIdIssues(to));
    return [
      ...unknownKeys(b, ['to', 'messages', 'notificationDisabled', 'customAggregationUnits']),
      ...target,
      ...messages(b),
      ...optionalBoolean(b, 'notificationDisabled'),
      ...fromIssues(aggregationUnitIssues(b.customAggregationUnits)),
    ];
  },
  narrowcast: (b) => [
    ...unknownKeys(b, ['messages', 'recipient', 'filter', 'limit', 'notificationDisabled']),
    ...messages(b),
    ...optionalBoolean(b, 'notificationDisabled'),
    ...fromIssues(narrowcastRecipientIssues(b.recipient)),
    ...fromIssues(narrowcastFilterIssues(b.filter)),
    ...fromIssues(narrowcastLimitIssues(b.limit)),
  ],
  broadcast: (b) => [
    ...unknownKeys(b, ['messages', 'notificationDisabled']),
    ...messages(b),
    ...optionalBoolean(b, 'notificationDisabled'),
  ],
  // Only `messages` (`S:ValidateMessageRequest`): a validate call with a `to` is refused, as by LINE.
  validateReply: onlyMessages,
  validatePush: onlyMessages,
  validateMulticast: onlyMessages,
  validateNarrowcast: onlyMessages,
  validateBroadcast: onlyMessages,
  createRichMenu: richMenu,
  validateRichMenu: richMenu,
  bulkLinkRichMenu: (b) => [
    ...unknownKeys(b, ['richMenuId', 'userIds']),
    ...fromIssues(richMenuIdIssues(b.richMenuId)),
    ...fromIssues(bulkUserIdIssues(b.userIds)),
  ],
  bulkUnlinkRichMenu: (b) => [...unknownKeys(b, ['userIds']), ...fromIssues(bulkUserIdIssues(b.userIds))],
  createRichMenuAlias: (b) => [
    ...unknownKeys(b, ['richMenuAliasId', 'richMenuId']),
    ...fromIssues(richMenuAliasIdIssues(b.richMenuAliasId)),
    ...fromIssues(richMenuIdIssues(b.richMenuId)),
  ],
  updateRichMenuAlias: (b) => [...unknownKeys(b, ['richMenuId']), ...fromIssues(richMenuIdIssues(b.richMenuId))],
  setWebhookEndpoint: (b) => fromIssues(webhookEndpointIssues(b.endpoint)),
  testWebhookEndpoint: (b) => (b.endpoint === undefined ? [] : fromIssues(webhookEndpointIssues(b.endpoint))),
};
