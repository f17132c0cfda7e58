/**
 * Who a narrowcast reaches: the followers `filter.demographic` picks by their emulated attributes
 * (`World.demographic`), then the first `limit.max` of them. Computed once, when the narrowcast is
 * accepted, so that the quota check and the delivery agree on the number. `recipient` is checked
 * but not applied: the emulator has no audiences, and a redelivery would need them.
 */
import type { DemographicFilter, NarrowcastFilter } from '@linejsx/schema';
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

/** The followers a (checked) narrowcast body reaches, in follower order. */
export function narrowcastTargets(world: World, body: Readonly<Record<string, unknown>>): readonly string[] {
  const demographic = (body.filter as NarrowcastFilter | undefined)?.demographic;
  const picked = demographic ? world.followers.filter((id) => matches(demographic, world.demographic(id))) : world.followers;
  const max = (body.limit as { max?: number } | undefined)?.max;
  return max === undefined ? picked : picked.slice(0, max);
}
