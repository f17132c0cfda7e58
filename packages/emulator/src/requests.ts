/**
 * Checks request bodies as LINE does: the messages with `@linejsx/schema` (the same rules as the
 * client), the other fields per `messaging-api.yml`. Problems come back as LINE's `details`:
 * `{ message, property }` with property paths such as `messages[0].text` or `to[3]`.
 */
import { validateMessages, validateRichMenu, type ValidationIssue } from '@linejsx/schema';
import { CHAT_ID, MULTICAST_CHUNK, USER_ID, webhookEndpointIssues } from '@linejsx/send';

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

// `S:MulticastRequest.customAggregationUnits`: at most one name of 1 to 30 [A-Za-z0-9_].
function aggregationUnits(body: Body): ErrorDetail[] {
  const units = body.customAggregationUnits;
  if (units === undefined) return [];
  if (!Array.isArray(units) || units.length > 1) return [detail('customAggregationUnits', 'customAggregationUnits takes at most one name')];
  return units.every((u) => typeof u === 'string' && /^[a-zA-Z0-9_]{1,30}$/.test(u))
    ? []
    : [detail('customAggregationUnits[0]', 'a unit name is 1 to 30 letters, digits or underscores')];
}

function unknownKeys(body: Body, known: readonly string[]): ErrorDetail[] {
  return Object.keys(body)
    .filter((k) => !known.includes(k))
    .map((k) => detail(k, `${k} is not a property of this request`));
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
    ...(typeof b.to === 'string' && CHAT_ID.test(b.to) ? [] : [detail('to', 'to must be a user, group or room ID')]),
    ...messages(b),
    ...optionalBoolean(b, 'notificationDisabled'),
    ...aggregationUnits(b),
  ],
  multicast: (b) => {
    const to = b.to;
    const target: ErrorDetail[] = !Array.isArray(to)
      ? [detail('to', 'to must be an array of user IDs')]
      : to.length === 0 || to.length > MULTICAST_CHUNK
        ? [detail('to', `to has ${to.length} user IDs; LINE takes 1 to ${MULTICAST_CHUNK}`)]
        : to.flatMap((id, i) => (typeof id === 'string' && USER_ID.test(id) ? [] : [detail(`to[${i}]`, 'must be a user ID')]));
    return [...unknownKeys(b, ['to', 'messages', 'notificationDisabled', 'customAggregationUnits']), ...target, ...messages(b), ...optionalBoolean(b, 'notificationDisabled'), ...aggregationUnits(b)];
  },
  narrowcast: (b) => {
    const limit = (b.limit ?? {}) as Body;
    const partial =
      limit.forbidPartialDelivery === true && limit.upToRemainingQuota !== true
        ? [detail('limit.forbidPartialDelivery', 'forbidPartialDelivery can be true only when upToRemainingQuota is true')]
        : [];
    const max = limit.max === undefined || (Number.isInteger(limit.max) && (limit.max as number) >= 1) ? [] : [detail('limit.max', 'max must be at least 1')];
    return [...unknownKeys(b, ['messages', 'recipient', 'filter', 'limit', 'notificationDisabled']), ...messages(b), ...optionalBoolean(b, 'notificationDisabled'), ...partial, ...max];
  },
  broadcast: (b) => [...unknownKeys(b, ['messages', 'notificationDisabled']), ...messages(b), ...optionalBoolean(b, 'notificationDisabled')],
  validateReply: messages,
  validatePush: messages,
  validateMulticast: messages,
  validateNarrowcast: messages,
  validateBroadcast: messages,
  createRichMenu: richMenu,
  validateRichMenu: richMenu,
  setWebhookEndpoint: (b) => fromIssues(webhookEndpointIssues(b.endpoint)),
  testWebhookEndpoint: (b) => (b.endpoint === undefined ? [] : fromIssues(webhookEndpointIssues(b.endpoint))),
};
