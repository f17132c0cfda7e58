/**
 * Request bodies of the LINE API other than messages and rich menus, with the rules LINE states
 * for them: the loading animation, marking as read, the rich menu batch, audiences. The client
 * checks its requests with them before sending, the emulator the requests it receives.
 */
import { z } from 'zod';
import { USER_ID } from './ids.ts';
import { LIMITS } from './limits.ts';
import { chars, int, list, nonEmpty, report, strict, url } from './rules.ts';

const userId = (what = 'a user ID') =>
  z.string().check((ctx) => {
    if (!USER_ID.test(ctx.value)) report(ctx, 'invalid_format', `${JSON.stringify(ctx.value)} is not ${what} (U and 32 hex digits)`);
  });

/** `S:ShowLoadingAnimationRequest`: a user's chat, for 5 to 60 seconds in steps of 5 (default 20). */
export const loadingAnimationRequestSchema = strict('a loading animation request', {
  chatId: userId('a user ID: the loading animation shows in one-to-one chats only'),
  loadingSeconds: int(LIMITS.loadingSeconds.min, LIMITS.loadingSeconds.max, 'loadingSeconds')
    .check((ctx) => {
      if (
        Number.isInteger(ctx.value) &&
        ctx.value >= LIMITS.loadingSeconds.min &&
        ctx.value <= LIMITS.loadingSeconds.max &&
        ctx.value % 5 !== 0
      )
        report(ctx, 'invalid_value', `loadingSeconds is ${ctx.value}; LINE takes multiples of 5`);
    })
    .optional(),
});

/** `S:MarkMessagesAsReadRequest`: `{ chat: { userId } }`. */
export const markAsReadRequestSchema = strict('a mark-as-read request', { chat: strict('chat', { userId: userId() }) });

/** `S:MarkMessagesAsReadByTokenRequest`: the `markAsReadToken` of a message event. */
export const markAsReadByTokenRequestSchema = strict('a mark-as-read request', { markAsReadToken: nonEmpty('markAsReadToken') });

const richMenuId = nonEmpty('the rich menu ID');
const richMenuBatchOperationSchema = z.discriminatedUnion('type', [
  strict('a link operation', { type: z.literal('link'), from: richMenuId, to: richMenuId }),
  strict('an unlink operation', { type: z.literal('unlink'), from: richMenuId }),
  strict('an unlinkAll operation', { type: z.literal('unlinkAll') }),
]);

/** `S:RichMenuBatchRequest`: 1 to 1,000 operations, and a `resumeRequestKey` to resume a failed batch. */
export const richMenuBatchRequestSchema = strict('a rich menu batch request', {
  operations: list(richMenuBatchOperationSchema, 'richMenuBatchOperations'),
  resumeRequestKey: chars('resumeRequestKey')
    .check((ctx) => {
      if (!/^[a-zA-Z0-9_-]*$/.test(ctx.value)) report(ctx, 'invalid_format', 'resumeRequestKey may only use letters, digits, "_" and "-"');
    })
    .optional(),
});

const audienceDescription = chars('audienceDescription');
const audiences = list(strict('an audience', { id: nonEmpty('id') }), 'audienceIds');

/** `CreateAudienceGroupRequest`: a name and up to 10,000 user IDs (or IFAs). */
export const audienceCreateRequestSchema = strict('an audience', {
  description: audienceDescription,
  isIfaAudience: z.boolean().optional(),
  uploadDescription: z.string().optional(),
  audiences: audiences.optional(),
});

/** `AddAudienceToAudienceGroupRequest`: up to 10,000 more IDs for an audience. */
export const audienceAddRequestSchema = strict('an audience upload', {
  audienceGroupId: int(1, Number.MAX_SAFE_INTEGER, 'audienceGroupId'),
  uploadDescription: z.string().optional(),
  audiences: audiences.check((ctx) => {
    if (ctx.value.length === 0) report(ctx, 'too_few', 'audiences is empty; add at least one ID');
  }),
});

/** `CreateClickBasedAudienceGroupRequest`: who clicked a URL of a broadcast or narrowcast. */
export const clickAudienceRequestSchema = strict('a click-based audience', {
  description: audienceDescription,
  requestId: nonEmpty('requestId'),
  clickUrl: url('audienceClickUrl', ['http', 'https']).optional(),
});

/** `CreateImpBasedAudienceGroupRequest`: who saw a broadcast or narrowcast. */
export const impressionAudienceRequestSchema = strict('an impression-based audience', {
  description: audienceDescription,
  requestId: nonEmpty('requestId'),
});

/** `UpdateAudienceGroupDescriptionRequest`: a new name. */
export const audienceDescriptionRequestSchema = strict('an audience rename', { description: audienceDescription });

// The envelopes of the requests that carry messages or rich menu IDs: which properties they take
// and of what type. What the values must be (IDs, messages, narrowcast targets) is checked by the
// functions of `requests.ts` and by `validateMessages`, which word their problems for LINE's details.
const notificationDisabled = z.boolean().optional();
const field = z.unknown();

/** `S:ReplyMessageRequest`. */
export const replyRequestSchema = strict('a reply request', { replyToken: nonEmpty('replyToken'), messages: field, notificationDisabled });
/** `S:PushMessageRequest` (and `S:MulticastRequest`, which has the same properties). */
export const pushRequestSchema = strict('a push request', {
  to: field,
  messages: field,
  notificationDisabled,
  customAggregationUnits: field.optional(),
});
/** `S:NarrowcastRequest`. */
export const narrowcastRequestSchema = strict('a narrowcast request', {
  messages: field,
  recipient: field.optional(),
  filter: field.optional(),
  limit: field.optional(),
  notificationDisabled,
});
/** `S:BroadcastRequest`. */
export const broadcastRequestSchema = strict('a broadcast request', { messages: field, notificationDisabled });
/** `S:ValidateMessageRequest`: only `messages`, so that a validate call with a `to` is refused, as by LINE. */
export const validateMessageRequestSchema = strict('a validate request', { messages: field });
/** `S:RichMenuBulkLinkRequest`. */
export const bulkLinkRequestSchema = strict('a bulk link request', { richMenuId: field, userIds: field });
/** `S:RichMenuBulkUnlinkRequest`. */
export const bulkUnlinkRequestSchema = strict('a bulk unlink request', { userIds: field });
/** `S:CreateRichMenuAliasRequest`. */
export const createAliasRequestSchema = strict('a rich menu alias', { richMenuAliasId: field, richMenuId: field });
/** `S:UpdateRichMenuAliasRequest`. */
export const updateAliasRequestSchema = strict('a rich menu alias update', { richMenuId: field });
