/**
 * Who a narrowcast reaches: the followers its `recipient` names (audiences of this channel, the
 * recipients of an earlier narrowcast for a redelivery, and/or/not of them), of those the ones
 * `filter.demographic` picks by their emulated attributes (`World.demographic`), then the first
 * `limit.max` of them. Computed once, when the narrowcast is accepted, so that the quota check and
 * the delivery agree on the number.
 */
import type { DemographicFilter, NarrowcastFilter, NarrowcastRecipient } from '@linejsx/schema';
import type { Store } from './store.ts';
import type { Demographic, World } from './world.ts';

// The emulated areas (written as LINE's insight names them) and their narrowcast codes (`S:AreaDemographic`).
const AREA_CODES: Readonly<Record<string, string>> = { 北海道: 'jp_01', 東京: 'jp_13', 愛知: 'jp_23', 大阪: 'jp_27', 福岡: 'jp_40' };

// Friendship length in days, as a [from, to) span per insight bucket.
const PERIOD_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  within7days: [0, 7],
  within30days: [7, 30],
  within90days: [30, 90],
  within180days: [90, 180],
  within365days: [180, 365],
  over365days: [365, Infinity],
};

/** The number of `age_30` or `day_30`. */
const bound = (value: string) => Number(value.slice(value.indexOf('_') + 1));

/**
 * An age bracket's lowest age (`from15to19` is 15, `from50` is 50): the five-year brackets line up
 * with LINE's `age_N` bounds, so `gte` and `lt` pick whole brackets; `from50` counts as 50.
 */
const youngest = (bracket: string) => Number(/\d+/.exec(bracket)?.[0] ?? 0);

function within(value: number, end: number, filter: { readonly gte?: string; readonly lt?: string }): boolean {
  return (filter.gte === undefined || value >= bound(filter.gte)) && (filter.lt === undefined || end <= bound(filter.lt));
}

function matches(filter: DemographicFilter, person: Demographic): boolean {
  switch (filter.type) {
    case 'gender':
      return (filter.oneOf as readonly string[]).includes(person.gender);
    case 'appType':
      return (filter.oneOf as readonly string[]).includes(person.appType);
    case 'area':
      return filter.oneOf.includes(AREA_CODES[person.area] ?? '');
    case 'age': {
      const age = youngest(person.age);
      return within(age, age + 1, filter);
    }
    case 'subscriptionPeriod': {
      const [from, to] = PERIOD_DAYS[person.subscriptionPeriod] ?? [0, Infinity];
      return within(from, to, filter);
    }
    case 'operator':
      if (filter.and) return filter.and.every((f) => matches(f, person));
      if (filter.or) return filter.or.some((f) => matches(f, person));
      return filter.not ? !matches(filter.not, person) : true;
  }
}

/** The user IDs a recipient tree names, or why it can not be sent (an audience that is not there or not ready). */
function recipients(recipient: NarrowcastRecipient, world: World, store: Store): ReadonlySet<string> | string {
  switch (recipient.type) {
    case 'audience': {
      const audience = store.audiences.get(recipient.audienceGroupId);
      if (!audience) return `audience ${recipient.audienceGroupId} does not exist`;
      if (audience.group.status !== 'READY') return `audience ${recipient.audienceGroupId} is ${audience.group.status}, not READY`;
      return audience.ids;
    }
    case 'redelivery': {
      const sent = store.sends.get(recipient.requestId);
      if (sent?.kind !== 'narrowcast') return `no narrowcast was sent with request ID ${recipient.requestId}`;
      return new Set(sent.recipients);
    }
    case 'operator': {
      const parts = (recipient.and ?? recipient.or ?? []).map((r) => recipients(r, world, store));
      const problem = parts.find((p) => typeof p === 'string');
      if (problem !== undefined) return problem;
      const sets = parts as ReadonlySet<string>[];
      if (recipient.and) return new Set(world.followers.filter((id) => sets.every((set) => set.has(id))));
      if (recipient.or) return new Set(world.followers.filter((id) => sets.some((set) => set.has(id))));
      const not = recipient.not ? recipients(recipient.not, world, store) : new Set<string>();
      return typeof not === 'string' ? not : new Set(world.followers.filter((id) => !not.has(id)));
    }
  }
}

/** The followers a (checked) narrowcast body reaches, in follower order, or why it can not be sent. */
export function narrowcastTargets(world: World, store: Store, body: Readonly<Record<string, unknown>>): readonly string[] | string {
  const recipient = body.recipient as NarrowcastRecipient | undefined;
  const named = recipient ? recipients(recipient, world, store) : undefined;
  if (typeof named === 'string') return named;
  const demographic = (body.filter as NarrowcastFilter | undefined)?.demographic;
  const picked = world.followers.filter(
    (id) => (named === undefined || named.has(id)) && (!demographic || matches(demographic, world.demographic(id))),
  );
  const max = (body.limit as { max?: number } | undefined)?.max;
  return max === undefined ? picked : picked.slice(0, max);
}
