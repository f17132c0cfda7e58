/**
 * Checks request bodies as LINE does: the messages with `@linejsx/schema` (the same rules as the
 * client), the other fields per `messaging-api.yml`. Problems come back as LINE's `details`:
 * `{ message, property }` with property paths such as `messages[0].text` or `to[3]`.
 */
import type { OperationId } from '@linejsx/protocol';
import {
  aggregationUnitIssues,
  audienceAddRequestSchema,
  audienceCreateRequestSchema,
  audienceDescriptionRequestSchema,
  broadcastRequestSchema,
  bulkLinkRequestSchema,
  bulkUnlinkRequestSchema,
  bulkUserIdIssues,
  chatIdIssues,
  clickAudienceRequestSchema,
  createAliasRequestSchema,
  impressionAudienceRequestSchema,
  loadingAnimationRequestSchema,
  markAsReadByTokenRequestSchema,
  markAsReadRequestSchema,
  multicastRecipientIssues,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  narrowcastRequestSchema,
  pushRequestSchema,
  replyRequestSchema,
  richMenuAliasIdIssues,
  richMenuBatchRequestSchema,
  richMenuIdIssues,
  updateAliasRequestSchema,
  type ValidationIssue,
  validateMessageRequestSchema,
  validateMessages,
  validateRichMenu,
  validateWith,
  webhookEndpointIssues,
} from '@linejsx/schema';
import type { ErrorDetail } from './answers.ts';

type Body = Record<string, unknown>;

const detail = (property: string, message: string): ErrorDetail => ({ message, property });
const fromIssues = (issues: readonly ValidationIssue[]): ErrorDetail[] => issues.map((i) => detail(i.path, i.message));

function messages(body: Body): ErrorDetail[] {
  const result = validateMessages(body.messages);
  return result.ok ? [] : fromIssues(result.issues);
}

function richMenu(body: Body): ErrorDetail[] {
  const result = validateRichMenu(body);
  return result.ok ? [] : fromIssues(result.issues);
}

/** Only `messages` (`S:ValidateMessageRequest`): a validate call with a `to` is refused, as by LINE. */
function onlyMessages(body: Body): ErrorDetail[] {
  return [...envelope(validateMessageRequestSchema, body), ...messages(body)];
}

/** The problems of `body` by one of `@linejsx/schema`'s request schemas. */
const envelope = (schema: Parameters<typeof validateWith>[0], body: Body): ErrorDetail[] => fromIssues(validateWith(schema, body).issues);

/** A check by one of `@linejsx/schema`'s request schemas, the client's own. */
const bySchema =
  (schema: Parameters<typeof validateWith>[0]) =>
  (body: Body): ErrorDetail[] =>
    envelope(schema, body);

/** Request checks per operation; operations without a JSON body need none. */
export const CHECKS: Partial<Record<OperationId, (body: Body) => ErrorDetail[]>> = {
  replyMessage: (b) => [...envelope(replyRequestSchema, b), ...messages(b)],
  pushMessage: (b) => [
    ...envelope(pushRequestSchema, b),
    ...fromIssues(chatIdIssues(b.to)),
    ...messages(b),
    ...fromIssues(aggregationUnitIssues(b.customAggregationUnits)),
  ],
  multicast: (b) => [
    ...envelope(pushRequestSchema, b),
    ...fromIssues(multicastRecipientIssues(b.to)),
    ...messages(b),
    ...fromIssues(aggregationUnitIssues(b.customAggregationUnits)),
  ],
  narrowcast: (b) => [
    ...envelope(narrowcastRequestSchema, b),
    ...messages(b),
    ...fromIssues(narrowcastRecipientIssues(b.recipient)),
    ...fromIssues(narrowcastFilterIssues(b.filter)),
    ...fromIssues(narrowcastLimitIssues(b.limit)),
  ],
  broadcast: (b) => [...envelope(broadcastRequestSchema, b), ...messages(b)],
  validateReply: onlyMessages,
  validatePush: onlyMessages,
  validateMulticast: onlyMessages,
  validateNarrowcast: onlyMessages,
  validateBroadcast: onlyMessages,
  createRichMenu: richMenu,
  validateRichMenuObject: richMenu,
  linkRichMenuIdToUsers: (b) => [
    ...envelope(bulkLinkRequestSchema, b),
    ...fromIssues(richMenuIdIssues(b.richMenuId)),
    ...fromIssues(bulkUserIdIssues(b.userIds)),
  ],
  unlinkRichMenuIdFromUsers: (b) => [...envelope(bulkUnlinkRequestSchema, b), ...fromIssues(bulkUserIdIssues(b.userIds))],
  createRichMenuAlias: (b) => [
    ...envelope(createAliasRequestSchema, b),
    ...fromIssues(richMenuAliasIdIssues(b.richMenuAliasId)),
    ...fromIssues(richMenuIdIssues(b.richMenuId)),
  ],
  updateRichMenuAlias: (b) => [...envelope(updateAliasRequestSchema, b), ...fromIssues(richMenuIdIssues(b.richMenuId))],
  setWebhookEndpoint: (b) => fromIssues(webhookEndpointIssues(b.endpoint)),
  testWebhookEndpoint: (b) => (b.endpoint === undefined ? [] : fromIssues(webhookEndpointIssues(b.endpoint))),
  richMenuBatch: bySchema(richMenuBatchRequestSchema),
  validateRichMenuBatchRequest: bySchema(richMenuBatchRequestSchema),
  showLoadingAnimation: bySchema(loadingAnimationRequestSchema),
  markMessagesAsRead: bySchema(markAsReadRequestSchema),
  markMessagesAsReadByToken: bySchema(markAsReadByTokenRequestSchema),
  createAudienceGroup: bySchema(audienceCreateRequestSchema),
  addAudienceToAudienceGroup: bySchema(audienceAddRequestSchema),
  createClickBasedAudienceGroup: bySchema(clickAudienceRequestSchema),
  createImpBasedAudienceGroup: bySchema(impressionAudienceRequestSchema),
  updateAudienceGroupDescription: bySchema(audienceDescriptionRequestSchema),
};
