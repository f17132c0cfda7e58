/**
 * Whom a narrowcast goes to (`S:NarrowcastRequest`): the `recipient` (audiences, redeliveries and
 * and/or/not of them, `R#narrowcast-recipient`) and `filter.demographic` (gender, age, app,
 * area, friendship length and and/or/not of them, `R#narrowcast-demographic-filter`). The client
 * and the emulator both check requests with these.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { int, nonEmpty, report, strict } from './rules.ts';
import { formatCount, orList, quote } from './words.ts';

const two = (n: number) => String(n).padStart(2, '0');
const codes = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${two(i + 1)}`);

/** `S:AgeDemographic`: age_15 to age_70 in steps of 5. */
export const AGE_DEMOGRAPHICS = Array.from({ length: 12 }, (_, i) => `age_${15 + 5 * i}`) as readonly string[];
/** `S:AreaDemographic`: Japan's 47 prefectures, 22 areas of Taiwan, 8 of Thailand, 12 of Indonesia. */
export const AREA_DEMOGRAPHICS = [...codes('jp', 47), ...codes('tw', 22), ...codes('th', 8), ...codes('id', 12)] as readonly string[];
const AREA_RANGES = 'jp_01 to jp_47, tw_01 to tw_22, th_01 to th_08 and id_01 to id_12';
/** `S:SubscriptionPeriodDemographic`: how long someone has been a friend. */
export const SUBSCRIPTION_PERIOD_DEMOGRAPHICS = ['day_7', 'day_30', 'day_90', 'day_180', 'day_365'] as const;

export type NarrowcastRecipient =
  | { type: 'audience'; audienceGroupId: number }
  | { type: 'redelivery'; requestId: string }
  | { type: 'operator'; and?: NarrowcastRecipient[]; or?: NarrowcastRecipient[]; not?: NarrowcastRecipient };

export type DemographicFilter =
  | { type: 'gender'; oneOf: Array<'male' | 'female'> }
  | { type: 'age'; gte?: string; lt?: string }
  | { type: 'appType'; oneOf: Array<'ios' | 'android'> }
  | { type: 'area'; oneOf: string[] }
  | { type: 'subscriptionPeriod'; gte?: string; lt?: string }
  | { type: 'operator'; and?: DemographicFilter[]; or?: DemographicFilter[]; not?: DemographicFilter };

export interface NarrowcastFilter {
  demographic: DemographicFilter;
}

/** One of `values`, with the accepted ones named when it is not. */
function oneOf(subject: string, values: readonly string[]): z.ZodString {
  return z.string().check((ctx) => {
    if (!values.includes(ctx.value))
      report(
        ctx,
        'invalid_value',
        `${subject} ${quote(ctx.value)} is not one LINE knows; LINE accepts ${values === AREA_DEMOGRAPHICS ? AREA_RANGES : orList(values)}`,
      );
  });
}

/** `oneOf` of a gender, app type or area filter: at least one value, each known. */
const choices = (subject: string, values: readonly string[]) =>
  z.array(oneOf(subject, values)).check((ctx) => {
    if (ctx.value.length === 0) report(ctx, 'too_few', `oneOf is empty; give at least one ${subject}`);
  });

/** `gte` and `lt` of an age or subscription period filter: at least one, and gte below lt. */
function range(type: string, what: string, values: readonly string[]) {
  const bound = oneOf(type, values).optional();
  return strict(what, { type: z.literal(type), gte: bound, lt: bound }).check((ctx) => {
    const { gte, lt } = ctx.value;
    if (gte === undefined && lt === undefined) report(ctx, 'required', `${what} needs gte, lt or both`);
    else if (gte !== undefined && lt !== undefined && values.indexOf(gte) >= values.indexOf(lt)) {
      report(ctx, 'invalid_combination', `gte ${quote(gte)} must be below lt ${quote(lt)}: nobody is in that range`, ['lt']);
    }
  });
}

/** An and/or/not object: exactly one of the three, and `and`/`or` not empty. */
function operator<T extends z.ZodType>(what: string, item: () => T) {
  return strict(`an operator ${what}`, {
    type: z.literal('operator'),
    get and() {
      return z.array(item()).optional();
    },
    get or() {
      return z.array(item()).optional();
    },
    get not() {
      return item().optional();
    },
  }).check((ctx) => {
    const given = (['and', 'or', 'not'] as const).filter((k) => ctx.value[k] !== undefined);
    if (given.length !== 1)
      report(
        ctx,
        given.length ? 'invalid_combination' : 'required',
        `an operator ${what} takes exactly one of and, or, not; it has ${given.length ? given.join(' and ') : 'none'}`,
      );
    for (const k of ['and', 'or'] as const)
      if ((ctx.value[k] as unknown[] | undefined)?.length === 0) report(ctx, 'too_few', `${k} is empty; give at least one ${what}`, [k]);
  });
}

function union(what: string, accepted: readonly string[], options: () => readonly z.ZodType[]) {
  return z.lazy(() =>
    z.discriminatedUnion('type', options() as unknown as [z.ZodObject, ...z.ZodObject[]], {
      error: (iss) => {
        if (iss.code !== 'invalid_union') return undefined;
        const type = (iss.input as { type?: unknown } | undefined)?.type;
        return type === undefined
          ? `type is required on a ${what}; LINE accepts ${orList(accepted)}`
          : `type ${quote(type)} is not a ${what}; LINE accepts ${orList(accepted)}`;
      },
    }),
  );
}

const recipientUnion: z.ZodType = union('recipient', ['audience', 'redelivery', 'operator'], () => [
  strict('an audience recipient', { type: z.literal('audience'), audienceGroupId: int(1, Number.MAX_SAFE_INTEGER, 'audienceGroupId') }),
  strict('a redelivery recipient', { type: z.literal('redelivery'), requestId: nonEmpty('requestId') }),
  operator('recipient', () => recipientUnion),
]);

/** Audience and redelivery objects anywhere in a recipient tree. */
function countTargets(recipient: unknown): number {
  if (typeof recipient !== 'object' || recipient === null) return 0;
  const r = recipient as { type?: unknown; and?: unknown; or?: unknown; not?: unknown };
  if (r.type === 'audience' || r.type === 'redelivery') return 1;
  const list = (v: unknown) => (Array.isArray(v) ? v.reduce((n: number, x) => n + countTargets(x), 0) : 0);
  return list(r.and) + list(r.or) + countTargets(r.not);
}

/** `recipient` of a narrowcast: at most 10 audience and redelivery objects in all (`R#narrowcast-recipient`). */
export const narrowcastRecipientSchema = recipientUnion.check((ctx) => {
  const n = countTargets(ctx.value);
  const limit = LIMITS.narrowcastRecipients;
  if (n > limit.max)
    report(ctx, 'too_many', `${formatCount(n)} ${limit.what}; LINE allows at most ${formatCount(limit.max)}`, [], 'narrowcastRecipients');
}) as unknown as z.ZodType<NarrowcastRecipient>;

const demographicUnion: z.ZodType = union(
  'demographic filter',
  ['gender', 'age', 'appType', 'area', 'subscriptionPeriod', 'operator'],
  () => [
    strict('a gender filter', { type: z.literal('gender'), oneOf: choices('gender', ['male', 'female']) }),
    range('age', 'an age filter', AGE_DEMOGRAPHICS),
    strict('an appType filter', { type: z.literal('appType'), oneOf: choices('appType', ['ios', 'android']) }),
    strict('an area filter', { type: z.literal('area'), oneOf: choices('area', AREA_DEMOGRAPHICS) }),
    range('subscriptionPeriod', 'a subscriptionPeriod filter', SUBSCRIPTION_PERIOD_DEMOGRAPHICS),
    operator('demographic filter', () => demographicUnion),
  ],
);

/** `filter` of a narrowcast: `{ demographic }` (`S:Filter`). */
export const narrowcastFilterSchema = strict('a narrowcast filter', {
  demographic: demographicUnion,
}) as unknown as z.ZodType<NarrowcastFilter>;
