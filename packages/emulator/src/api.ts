/**
 * What each endpoint does once a request got past authentication, rate limits, retry-key rules
 * and body checks: one handler per entry of `ENDPOINTS`, so the emulator serves exactly the
 * endpoints the client calls.
 */
import type { Message } from '@linejsx/schema';
import { type EndpointName, type FollowerDemographics, followerIdsLimitIssues, lineDate, type NarrowcastProgress } from '@linejsx/send';
import { type Answer, lineError } from './answers.ts';
import { narrowcastTargets } from './narrowcast.ts';
import { RICH_MENU_HANDLERS } from './rich-menu-api.ts';
import type { SendKind, Store } from './store.ts';
import { postWebhook } from './webhook.ts';
import type { World } from './world.ts';

export interface HandlerContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: Record<string, unknown>;
  /** The body's bytes (an uploaded image), and its Content-Type. */
  readonly raw: Buffer;
  readonly contentType: string | undefined;
  readonly requestId: string;
  readonly now: number;
  readonly world: World;
  readonly store: Store;
  readonly channelSecret: string;
  /** Messages allowed per month; undefined for no limit. */
  readonly quota: number | undefined;
  /** Ms between the phases of a narrowcast. */
  readonly narrowcastStep: number;
  /** Runs `fn` later unless the emulator stops first. */
  readonly later: (ms: number, fn: () => void) => void;
}

type Handler = (ctx: HandlerContext) => Answer | Promise<Answer>;

const ok = (body: unknown = {}, status = 200): Answer => ({ status, body });
const notFound = (what: string): Answer => lineError(404, `Not found: ${what}`);

/** Continuation tokens for paged lists: the offset, opaque to clients as LINE's are. */
const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function pageOffset(token: string | null): number | undefined {
  if (token === null) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

function page(ids: readonly string[], ctx: HandlerContext, size: number, key: 'userIds' | 'memberIds'): Answer {
  const offset = pageOffset(ctx.query.get('start'));
  if (offset === undefined)
    return lineError(400, 'Invalid start token', [{ message: 'start is not a continuation token', property: 'start' }]);
  const slice = ids.slice(offset, offset + size);
  const next = offset + size < ids.length ? { next: pageToken(offset + size) } : {};
  return ok({ [key]: slice, ...next });
}

function messagesOf(ctx: HandlerContext): Message[] {
  return ctx.body.messages as Message[];
}

/** Records the request's messages for each recipient. */
function deliverTo(ctx: HandlerContext, to: readonly string[], via: SendKind, billed = to.length) {
  return ctx.store.deliver(to, messagesOf(ctx), via, ctx.requestId, ctx.now, billed);
}

function sentCount(kind: SendKind): Handler {
  return (ctx) => {
    const date = ctx.query.get('date');
    if (!date || !/^\d{8}$/.test(date)) return lineError(400, 'Invalid date', [{ message: 'date must be yyyyMMdd', property: 'date' }]);
    return ok({ status: 'ready', success: ctx.store.sentOn(kind, date) });
  };
}

function startNarrowcast(ctx: HandlerContext): void {
  const targets = narrowcastTargets(ctx.world, ctx.body);
  // Spoken for until it is sent, then billed (the store is replaced on reset, and with it this count).
  ctx.store.reserved += targets.length;
  const record: { progress: NarrowcastProgress } = { progress: { phase: 'waiting', acceptedTime: new Date(ctx.now).toISOString() } };
  ctx.store.narrowcasts.set(ctx.requestId, record);
  const messages = messagesOf(ctx);
  ctx.later(ctx.narrowcastStep, () => {
    record.progress = { ...record.progress, phase: 'sending', targetCount: targets.length };
    ctx.later(ctx.narrowcastStep, () => {
      ctx.store.reserved -= targets.length;
      ctx.store.deliver(targets, messages, 'narrowcast', ctx.requestId, Date.now());
      record.progress = {
        ...record.progress,
        phase: 'succeeded',
        successCount: targets.length,
        failureCount: 0,
        completedTime: new Date().toISOString(),
      };
    });
  });
}

function percentages<K extends string>(values: readonly string[], key: K): Array<{ [P in K]: string } & { percentage: number }> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(
    ([value, n]) =>
      ({ [key]: value, percentage: Math.round((1000 * n) / values.length) / 10 }) as { [P in K]: string } & { percentage: number },
  );
}

function demographic(ctx: HandlerContext): FollowerDemographics {
  const people = ctx.world.followers.map((id) => ctx.world.demographic(id));
  if (people.length < 20) return { available: false };
  return {
    available: true,
    genders: percentages(
      people.map((p) => p.gender),
      'gender',
    ) as FollowerDemographics['genders'],
    ages: percentages(
      people.map((p) => p.age),
      'age',
    ),
    areas: percentages(
      people.map((p) => p.area),
      'area',
    ),
    appTypes: percentages(
      people.map((p) => p.appType),
      'appType',
    ) as FollowerDemographics['appTypes'],
    subscriptionPeriods: percentages(
      people.map((p) => p.subscriptionPeriod),
      'subscriptionPeriod',
    ),
  };
}

export const HANDLERS: Record<EndpointName, Handler> = {
  reply(ctx) {
    const token = ctx.body.replyToken as string;
    const to = ctx.store.replyTokens.get(token);
    if (!to) return lineError(400, 'Invalid reply token');
    ctx.store.replyTokens.delete(token);
    return ok({ sentMessages: deliverTo(ctx, [to], 'reply') });
  },
  push(ctx) {
    const to = ctx.body.to as string;
    return ok({ sentMessages: deliverTo(ctx, [to], 'push', ctx.world.audience(to)) });
  },
  multicast(ctx) {
    deliverTo(ctx, [...new Set(ctx.body.to as string[])], 'multicast');
    return ok();
  },
  narrowcast(ctx) {
    startNarrowcast(ctx);
    return ok({}, 202);
  },
  broadcast(ctx) {
    deliverTo(ctx, ctx.world.followers, 'broadcast');
    return ok();
  },
  narrowcastProgress(ctx) {
    const id = ctx.query.get('requestId');
    const record = id ? ctx.store.narrowcasts.get(id) : undefined;
    return record ? ok(record.progress) : notFound('no narrowcast with this requestId');
  },
  validateReply: () => ok(),
  validatePush: () => ok(),
  validateMulticast: () => ok(),
  validateNarrowcast: () => ok(),
  validateBroadcast: () => ok(),

  quota: (ctx) => ok(ctx.quota === undefined ? { type: 'none' } : { type: 'limited', value: ctx.quota }),
  quotaConsumption: (ctx) => ok({ totalUsage: ctx.store.usage }),
  deliveryReply: sentCount('reply'),
  deliveryPush: sentCount('push'),
  deliveryMulticast: sentCount('multicast'),
  deliveryBroadcast: sentCount('broadcast'),

  botInfo: (ctx) => ok(ctx.world.bot),
  profile(ctx) {
    const profile = ctx.world.profile(ctx.params.userId!);
    return profile ? ok(profile) : notFound('this user is not a friend of the account');
  },
  followerIds(ctx) {
    const raw = ctx.query.get('limit');
    const limit = raw === null ? 300 : Number(raw);
    const problems = followerIdsLimitIssues(limit);
    if (problems.length > 0)
      return lineError(
        400,
        'Invalid limit',
        problems.map((p) => ({ message: p.message, property: p.path })),
      );
    return page(ctx.world.followers, ctx, limit, 'userIds');
  },
  groupSummary(ctx) {
    const group = ctx.world.group(ctx.params.groupId!);
    if (!group) return notFound('no such group');
    const { memberIds: _, ...summary } = group;
    return ok(summary);
  },
  groupMemberCount(ctx) {
    const group = ctx.world.group(ctx.params.groupId!);
    return group ? ok({ count: group.memberIds.length }) : notFound('no such group');
  },
  groupMemberIds(ctx) {
    const group = ctx.world.group(ctx.params.groupId!);
    return group ? page(group.memberIds, ctx, 100, 'memberIds') : notFound('no such group');
  },
  groupMemberProfile(ctx) {
    const group = ctx.world.group(ctx.params.groupId!);
    const userId = ctx.params.userId!;
    if (!group?.memberIds.includes(userId)) return notFound('no such group member');
    const { displayName, pictureUrl } = ctx.world.profile(userId)!;
    return ok({ displayName, userId, ...(pictureUrl ? { pictureUrl } : {}) });
  },

  webhookEndpoint: (ctx) => ok(ctx.store.webhook),
  setWebhookEndpoint(ctx) {
    ctx.store.webhook = { endpoint: ctx.body.endpoint as string, active: true };
    return ok();
  },
  async testWebhookEndpoint(ctx) {
    const endpoint = (ctx.body.endpoint as string | undefined) ?? ctx.store.webhook.endpoint;
    if (!endpoint) return lineError(400, 'The webhook endpoint is not set');
    return ok(await postWebhook(endpoint, ctx.channelSecret, ctx.world.bot.userId, []));
  },

  ...RICH_MENU_HANDLERS,

  insightMessageDeliveries(ctx) {
    const date = ctx.query.get('date') ?? '';
    if (!/^\d{8}$/.test(date)) return lineError(400, 'Invalid date', [{ message: 'date must be yyyyMMdd', property: 'date' }]);
    const n = (kind: SendKind) => ctx.store.sentOn(kind, date);
    return ok({
      status: 'ready',
      broadcast: n('broadcast'),
      targeting: n('narrowcast'),
      apiBroadcast: n('broadcast'),
      apiPush: n('push'),
      apiMulticast: n('multicast'),
      apiNarrowcast: n('narrowcast'),
      apiReply: n('reply'),
    });
  },
  insightFollowers(ctx) {
    const date = ctx.query.get('date') ?? lineDate(new Date(ctx.now));
    if (!/^\d{8}$/.test(date)) return lineError(400, 'Invalid date', [{ message: 'date must be yyyyMMdd', property: 'date' }]);
    const followers = ctx.world.followers.length;
    return ok({ status: 'ready', followers, targetedReaches: followers, blocks: 0 });
  },
  insightDemographic: (ctx) => ok(demographic(ctx)),

  messageContent(ctx) {
    const content = ctx.store.contents.get(ctx.params.messageId!);
    return content ? { status: 200, raw: content } : notFound('no content for this message ID');
  },
};
