/**
 * Insight (`insight.yml`) as the emulator can tell it: deliveries and followers from what it sent
 * and its followers, demographics from the followers' emulated attributes, message events of its
 * broadcasts and narrowcasts and statistics of its aggregation units with the delivered counts it
 * knows, and `null` for what only real users' phones produce (impressions, clicks, plays), as LINE
 * gives `null` below its privacy threshold.
 */
import { type FollowerDemographics, lineDate, type OperationId } from '@linejsx/protocol';
import { dateOf, type Handler, type HandlerContext, notFound, ok } from './handler.ts';
import type { SendKind } from './store.ts';

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
  const of = <K extends 'gender' | 'age' | 'area' | 'appType' | 'subscriptionPeriod'>(key: K) =>
    percentages(
      people.map((p) => p[key]),
      key,
    );
  return {
    available: true,
    genders: of('gender') as FollowerDemographics['genders'],
    ages: of('age') as FollowerDemographics['ages'],
    areas: of('area'),
    appTypes: of('appType') as FollowerDemographics['appTypes'],
    subscriptionPeriods: of('subscriptionPeriod') as FollowerDemographics['subscriptionPeriods'],
  };
}

/** What only users' phones tell LINE: unknown to the emulator. */
const UNSEEN = { impression: null, uniqueImpression: null, mediaPlayed: null, uniqueMediaPlayed: null } as const;

/** Per message object of a send (`seq` 1 to 5), the counts the emulator can not know. */
const perMessage = (messages: number) =>
  Array.from({ length: messages }, (_, i) => ({
    seq: i + 1,
    ...UNSEEN,
    mediaPlayed25Percent: null,
    mediaPlayed50Percent: null,
    mediaPlayed75Percent: null,
    mediaPlayed100Percent: null,
    uniqueMediaPlayed25Percent: null,
    uniqueMediaPlayed50Percent: null,
    uniqueMediaPlayed75Percent: null,
    uniqueMediaPlayed100Percent: null,
  }));

/** yyyyMMdd of `at` (UTC+9) is within [from, to]. */
const between = (at: number, from: string, to: string) => {
  const day = lineDate(new Date(at));
  return day >= from && day <= to;
};

export const INSIGHT_HANDLERS = {
  getNumberOfMessageDeliveries(ctx) {
    const date = dateOf(ctx, 'date');
    if (typeof date !== 'string') return date;
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
  getNumberOfFollowers(ctx) {
    const date = ctx.query.has('date') ? dateOf(ctx, 'date') : lineDate(new Date(ctx.now));
    if (typeof date !== 'string') return date;
    const followers = ctx.world.followers.length;
    return ok({ status: 'ready', followers, targetedReaches: followers, blocks: 0 });
  },
  getFriendsDemographics: (ctx) => ok(demographic(ctx)),
  getMessageEvent(ctx) {
    const requestId = ctx.query.get('requestId') ?? '';
    const sent = ctx.store.sends.get(requestId);
    if (!sent) return notFound('no broadcast or narrowcast with this request ID');
    return ok({
      overview: {
        requestId,
        timestamp: Math.floor(sent.at / 1000),
        delivered: sent.recipients.length,
        uniqueImpression: null,
        uniqueClick: null,
        uniqueMediaPlayed: null,
        uniqueMediaPlayed100Percent: null,
      },
      messages: perMessage(sent.messages),
      clicks: [],
    });
  },
  getStatisticsPerUnit(ctx) {
    const from = dateOf(ctx, 'from');
    if (typeof from !== 'string') return from;
    const to = dateOf(ctx, 'to');
    if (typeof to !== 'string') return to;
    const unit = ctx.query.get('customAggregationUnit') ?? '';
    const sends = (ctx.store.units.get(unit) ?? []).filter((s) => between(s.at, from, to));
    const messages = Math.max(0, ...sends.map((s) => s.messages));
    return ok({
      overview: { uniqueImpression: null, uniqueClick: null, uniqueMediaPlayed: null, uniqueMediaPlayed100Percent: null },
      messages: perMessage(messages),
      clicks: [],
    });
  },
} satisfies Partial<Record<OperationId, Handler>>;
