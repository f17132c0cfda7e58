/**
 * What the Messaging API's operations do once a request got past authentication, rate limits,
 * retry-key rules and body checks (`emulator.ts`): sending, the bot, users, groups and rooms, chats
 * (loading animation, marking as read), content, statistics and the webhook setting. The other
 * groups are in their own modules; `handlers.ts` puts them together.
 */
import { randomBytes } from 'node:crypto';
import type { NarrowcastProgress, OperationId } from '@linejsx/protocol';
import type { Message } from '@linejsx/schema';
import { type Answer, lineError } from './answers.ts';
import { dateOf, type Handler, type HandlerContext, isAnswer, notFound, ok, page } from './handler.ts';
import { narrowcastTargets } from './narrowcast.ts';
import type { SendKind } from './store.ts';
import { postWebhook } from './webhook.ts';

function messagesOf(ctx: HandlerContext): Message[] {
  return ctx.body.messages as Message[];
}

/** Records the request's messages for each recipient. */
function deliverTo(ctx: HandlerContext, to: readonly string[], via: SendKind, billed = to.length) {
  const units = ctx.body.customAggregationUnits as string[] | undefined;
  if (units)
    for (const unit of units)
      ctx.store.units.set(unit, [...(ctx.store.units.get(unit) ?? []), { at: ctx.now, messages: messagesOf(ctx).length }]);
  return ctx.store.deliver(to, messagesOf(ctx), via, ctx.requestId, ctx.now, billed);
}

function sentCount(kind: SendKind): Handler {
  return (ctx) => {
    const date = dateOf(ctx, 'date');
    return typeof date === 'string' ? ok({ status: 'ready', success: ctx.store.sentOn(kind, date) }) : date;
  };
}

function startNarrowcast(ctx: HandlerContext): Answer {
  const targets = narrowcastTargets(ctx.world, ctx.store, ctx.body);
  if (typeof targets === 'string') return lineError(400, 'The request body has 1 error(s)', [{ message: targets, property: 'recipient' }]);
  // Spoken for until it is sent, then billed (the store is replaced on reset, and with it this count).
  ctx.store.reserved += targets.length;
  const record: { progress: NarrowcastProgress } = { progress: { phase: 'waiting', acceptedTime: new Date(ctx.now).toISOString() } };
  ctx.store.narrowcasts.set(ctx.requestId, record);
  const messages = messagesOf(ctx);
  const { store, requestId } = ctx;
  ctx.later(ctx.step, () => {
    record.progress = { ...record.progress, phase: 'sending', targetCount: targets.length };
    ctx.later(ctx.step, () => {
      store.reserved -= targets.length;
      const at = Date.now();
      store.deliver(targets, messages, 'narrowcast', requestId, at);
      store.sends.set(requestId, { kind: 'narrowcast', recipients: targets, messages: messages.length, at });
      record.progress = {
        ...record.progress,
        phase: 'succeeded',
        successCount: targets.length,
        failureCount: 0,
        completedTime: new Date().toISOString(),
      };
    });
  });
  return ok({}, 202);
}

/** A group or room the bot is in, or the 404 LINE answers. */
function chatOf(ctx: HandlerContext, kind: 'group' | 'room') {
  const id = ctx.params[`${kind}Id`]!;
  const chat = kind === 'group' ? ctx.world.group(id) : ctx.world.room(id);
  return chat && !ctx.store.left.has(id) ? chat : notFound(`no ${kind} with this ID has the bot`);
}

function memberCount(kind: 'group' | 'room'): Handler {
  return (ctx) => {
    const chat = chatOf(ctx, kind);
    return isAnswer(chat) ? chat : ok({ count: chat.memberIds.length });
  };
}

function memberIds(kind: 'group' | 'room'): Handler {
  return (ctx) => {
    const chat = chatOf(ctx, kind);
    return isAnswer(chat) ? chat : page(chat.memberIds, ctx, 100, 'memberIds');
  };
}

function memberProfile(kind: 'group' | 'room'): Handler {
  return (ctx) => {
    const chat = chatOf(ctx, kind);
    if (isAnswer(chat)) return chat;
    const userId = ctx.params.userId!;
    if (!chat.memberIds.includes(userId)) return notFound(`no such ${kind} member`);
    const { displayName, pictureUrl } = ctx.world.profile(userId)!;
    return ok({ displayName, userId, ...(pictureUrl ? { pictureUrl } : {}) });
  };
}

function leave(kind: 'group' | 'room'): Handler {
  return (ctx) => {
    const chat = chatOf(ctx, kind);
    if (isAnswer(chat)) return chat;
    ctx.store.left.add(kind === 'group' ? ctx.params.groupId! : ctx.params.roomId!);
    return ok();
  };
}

function content(ctx: HandlerContext) {
  return ctx.store.contents.get(ctx.params.messageId!) ?? notFound('no content for this message ID');
}

/** The Messaging API operations (`messaging-api.yml`) but rich menus. */
export const MESSAGING_HANDLERS = {
  replyMessage(ctx) {
    const token = ctx.body.replyToken as string;
    const to = ctx.store.replyTokens.get(token);
    if (!to) return lineError(400, 'Invalid reply token');
    ctx.store.replyTokens.delete(token);
    return ok({ sentMessages: deliverTo(ctx, [to], 'reply') });
  },
  pushMessage(ctx) {
    const to = ctx.body.to as string;
    return ok({ sentMessages: deliverTo(ctx, [to], 'push', ctx.world.audience(to)) });
  },
  multicast(ctx) {
    deliverTo(ctx, [...new Set(ctx.body.to as string[])], 'multicast');
    return ok();
  },
  narrowcast: startNarrowcast,
  broadcast(ctx) {
    deliverTo(ctx, ctx.world.followers, 'broadcast');
    ctx.store.sends.set(ctx.requestId, {
      kind: 'broadcast',
      recipients: ctx.world.followers,
      messages: messagesOf(ctx).length,
      at: ctx.now,
    });
    return ok();
  },
  getNarrowcastProgress(ctx) {
    const id = ctx.query.get('requestId');
    const record = id ? ctx.store.narrowcasts.get(id) : undefined;
    return record ? ok(record.progress) : notFound('no narrowcast with this requestId');
  },
  validateReply: () => ok(),
  validatePush: () => ok(),
  validateMulticast: () => ok(),
  validateNarrowcast: () => ok(),
  validateBroadcast: () => ok(),

  getMessageQuota: (ctx) => ok(ctx.quota === undefined ? { type: 'none' } : { type: 'limited', value: ctx.quota }),
  getMessageQuotaConsumption: (ctx) => ok({ totalUsage: ctx.store.usage }),
  getNumberOfSentReplyMessages: sentCount('reply'),
  getNumberOfSentPushMessages: sentCount('push'),
  getNumberOfSentMulticastMessages: sentCount('multicast'),
  getNumberOfSentBroadcastMessages: sentCount('broadcast'),
  // The emulator does not send by phone number (see NOT_EMULATED): on every day, none were sent.
  getPNPMessageStatistics(ctx) {
    const date = dateOf(ctx, 'date');
    return typeof date === 'string' ? ok({ status: 'ready', success: 0 }) : date;
  },
  getAggregationUnitUsage: (ctx) => ok({ numOfCustomAggregationUnits: ctx.store.units.size }),
  getAggregationUnitNameList(ctx) {
    const limit = Number(ctx.query.get('limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return lineError(400, 'Invalid limit', [{ message: 'limit must be a whole number from 1 to 100', property: 'limit' }]);
    return page([...ctx.store.units.keys()], ctx, limit, 'customAggregationUnits');
  },

  getBotInfo: (ctx) => ok(ctx.world.bot),
  getProfile(ctx) {
    const profile = ctx.world.profile(ctx.params.userId!);
    return profile ? ok(profile) : notFound('this user is not a friend of the account');
  },
  getFollowers(ctx) {
    const raw = ctx.query.get('limit');
    const limit = raw === null ? 300 : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return lineError(400, 'Invalid limit', [{ message: `limit must be a whole number from 1 to 1000; got ${raw}`, property: 'limit' }]);
    return page(ctx.world.followers, ctx, limit, 'userIds');
  },
  getGroupSummary(ctx) {
    const group = chatOf(ctx, 'group');
    if (isAnswer(group)) return group;
    const { memberIds: _, ...summary } = group;
    return ok(summary);
  },
  getGroupMemberCount: memberCount('group'),
  getGroupMembersIds: memberIds('group'),
  getGroupMemberProfile: memberProfile('group'),
  leaveGroup: leave('group'),
  getRoomMemberCount: memberCount('room'),
  getRoomMembersIds: memberIds('room'),
  getRoomMemberProfile: memberProfile('room'),
  leaveRoom: leave('room'),

  showLoadingAnimation(ctx) {
    const seconds = (ctx.body.loadingSeconds as number | undefined) ?? 20;
    ctx.store.loading.set(ctx.body.chatId as string, ctx.now + seconds * 1000);
    return ok({}, 202);
  },
  markMessagesAsRead(ctx) {
    ctx.store.readAt.set((ctx.body.chat as { userId: string }).userId, ctx.now);
    return ok();
  },
  markMessagesAsReadByToken(ctx) {
    const userId = ctx.store.markAsReadTokens.get(ctx.body.markAsReadToken as string);
    if (!userId)
      return lineError(400, 'Invalid markAsReadToken', [{ message: 'no message event had this token', property: 'markAsReadToken' }]);
    ctx.store.readAt.set(userId, ctx.now);
    return ok();
  },
  issueLinkToken(ctx) {
    const linkToken = randomBytes(24).toString('base64url');
    ctx.store.linkTokens.set(linkToken, ctx.params.userId!);
    return ok({ linkToken });
  },

  getWebhookEndpoint: (ctx) => (ctx.store.webhook ? ok(ctx.store.webhook) : notFound('no webhook endpoint is set')),
  setWebhookEndpoint(ctx) {
    ctx.store.webhook = { endpoint: ctx.body.endpoint as string, active: true };
    return ok();
  },
  async testWebhookEndpoint(ctx) {
    const endpoint = (ctx.body.endpoint as string | undefined) ?? ctx.store.webhook?.endpoint;
    if (!endpoint) return lineError(400, 'The webhook endpoint is not set');
    return ok(await postWebhook(endpoint, ctx.channel.channelSecret, ctx.world.bot.userId, []));
  },

  getMessageContent(ctx) {
    const stored = content(ctx);
    return isAnswer(stored) ? stored : { status: 200, raw: stored };
  },
  getMessageContentPreview(ctx) {
    const stored = content(ctx);
    if (isAnswer(stored)) return stored;
    // LINE makes previews of images and videos; an image without one of its own is its own preview.
    const preview = stored.preview ?? (stored.contentType.startsWith('image/') ? stored : undefined);
    return preview ? { status: 200, raw: preview } : notFound('no preview for this content');
  },
  getMessageContentTranscodingByMessageId(ctx) {
    const stored = content(ctx);
    return isAnswer(stored) ? stored : ok({ status: stored.transcoding ?? 'succeeded' });
  },
} satisfies Partial<Record<OperationId, Handler>>;
