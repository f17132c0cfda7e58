/**
 * The building blocks every schema is made of: strings with LINE's length limits, arrays with
 * LINE's item limits, URLs, colours and strict objects, each failing with a message in plain words.
 */
import { z } from 'zod';
import { WHOLE_RULE } from './compile.ts';
import { lengthIn } from './count.ts';
import type { IssueCode } from './issues.ts';
import { LIMITS, type Limit, type LimitId } from './limits.ts';
import { closest, formatCount, itemsNoun, orList, quote, unitNoun } from './words.ts';

/** Extra data we attach to custom zod issues so that `validate` can build a `ValidationIssue`. */
export interface IssueParams {
  readonly code: IssueCode;
  readonly limit?: LimitId;
}

type Payload = z.core.ParsePayload<unknown>;

/**
 * Records a problem on a zod parse payload (inside `.check()`), with an optional relative path.
 * `continue: true` lets the checks of enclosing objects run too: our checks only run on values of
 * the right shape, so a label that is too long must not hide an overlapping rich menu area.
 */
export function report(ctx: Payload, code: IssueCode, message: string, path: PropertyKey[] = [], limit?: LimitId): void {
  const params: IssueParams = limit ? { code, limit } : { code };
  ctx.issues.push({ code: 'custom', message, input: ctx.value, path, params, continue: true });
}

/**
 * A rule over a whole object (one that reads several of its properties), as a zod check that runs
 * even when a property inside already failed: zod skips a plain `.check()` then, and the user would
 * meet this rule's problem only after fixing the others. `validate…` reports every problem at once.
 * The value may be malformed here, so a rule reads its properties through type tests; should it
 * still trip over a part that is not there (a TypeError), that part has been reported already.
 */
export function whole<T>(rule: (ctx: z.core.ParsePayload<T>) => void): z.core.$ZodCheck<T> {
  const guarded = (ctx: z.core.ParsePayload<T>) => {
    try {
      rule(ctx);
    } catch (error) {
      if (!(error instanceof TypeError) || ctx.issues.length === 0) throw error;
    }
  };
  return z.core._check<T>(Object.assign(guarded, { [WHOLE_RULE]: rule }), { when: onObjects });
}

const onObjects = (payload: z.core.ParsePayload): boolean => typeof payload.value === 'object' && payload.value !== null;

function limitMessage(limit: Limit, count: number, subject: string): string {
  const noun = unitNoun(limit.unit, count);
  if (limit.unit === 'items') {
    return `${formatCount(count)} ${itemsNoun(limit.what, count)}; LINE allows at most ${formatCount(limit.max!)} ${itemsNoun(limit.what, limit.max!)}`;
  }
  return `${subject} is ${formatCount(count)} ${noun}; LINE allows at most ${formatCount(limit.max!)}`;
}

/** Checks a string against a length limit of `LIMITS` (in the unit LINE counts it in). */
export function checkLength(ctx: Payload, value: string, id: LimitId, path: PropertyKey[] = [], subject?: string): void {
  const limit: Limit = LIMITS[id];
  const min = limit.min ?? 0;
  // UTF-16 length is an upper bound of the grapheme count: skip segmenting when it already fits.
  if (limit.max !== undefined && value.length > limit.max) {
    const n = lengthIn(value, limit.unit);
    if (n > limit.max) report(ctx, 'too_long', limitMessage(limit, n, subject ?? limit.what), path, id);
  }
  if (min > 0 && value.length === 0) report(ctx, 'too_short', `${subject ?? limit.what} must not be empty`, path, id);
}

/** A string limited by `LIMITS[id]`: `chars('altText')` fails with "altText is 1,532 characters; LINE allows at most 1,500". */
export function chars(id: LimitId): z.ZodString {
  return z.string().check((ctx) => checkLength(ctx, ctx.value, id));
}

/** A string that must not be empty. */
export function nonEmpty(subject: string): z.ZodString {
  return z.string().check((ctx) => {
    if (ctx.value.length === 0) report(ctx, 'too_short', `${subject} must not be empty`);
  });
}

/** An array limited by `LIMITS[id]` (at most `max` items, at least `min`). */
export function list<T extends z.ZodType>(item: T, id: LimitId): z.ZodArray<T> {
  const limit: Limit = LIMITS[id];
  return z.array(item).check((ctx) => {
    const n = ctx.value.length;
    if (limit.max !== undefined && n > limit.max) {
      report(
        ctx,
        'too_many',
        `${formatCount(n)} ${itemsNoun(limit.what, n)}; LINE allows at most ${formatCount(limit.max)} ${itemsNoun(limit.what, limit.max)}`,
        [],
        id,
      );
    } else if (limit.min !== undefined && n < limit.min) {
      const need = `${limit.min === limit.max ? 'exactly' : 'at least'} ${limit.min} ${itemsNoun(limit.what, limit.min)}`;
      report(ctx, 'too_few', `${formatCount(n)} ${itemsNoun(limit.what, n)}; LINE needs ${need}`, [], id);
    }
  });
}

/** An integer in [min, max]. */
export function int(min: number, max = Number.MAX_SAFE_INTEGER, subject = 'value'): z.ZodNumber {
  return z.number().check((ctx) => {
    const v = ctx.value;
    if (!Number.isInteger(v)) report(ctx, 'invalid_type', `${subject} must be a whole number; got ${v}`);
    else if (v < min || v > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${formatCount(min)}` : `${formatCount(min)} to ${formatCount(max)}`;
      report(ctx, 'out_of_range', `${subject} is ${formatCount(v)}; LINE allows ${range}`);
    }
  });
}

// RFC 3986 characters allowed unescaped in a URL, plus '%' for escapes (checked separately). No
// "[" and "]": outside an IPv6 host they must be escaped, and media URLs name a host anyway.
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
// RFC 3986 authority: [userinfo@]host[:port], with a port of digits (or no "//" at all: tel:, line:).
// After "scheme:" comes an address (a path or //host), not nothing and not straight a query or fragment.
const NOT_EMPTY = /^[^?#]/;
const AUTHORITY = /^[^:]*:(?!\/\/)|^[^:]*:\/\/(?:[^@/?#]*@)?[^@:/?#[\]]*(?::\d*)?(?:[/?#]|$)/;

/** The accepted scheme (lowercase) that `value` starts with before `colon`, compared without allocating. */
function acceptedScheme(value: string, colon: number, schemes: readonly string[]): string | undefined {
  next: for (const scheme of schemes) {
    if (scheme.length !== colon) continue;
    // Schemes are lowercase letters; `| 0x20` lowercases an ASCII letter and turns nothing else into one.
    for (let i = 0; i < colon; i++) if ((value.charCodeAt(i) | 0x20) !== scheme.charCodeAt(i)) continue next;
    return scheme;
  }
  return undefined;
}

/** True when an http(s) URL has `//` and a host after the scheme: `https://x`, not `https:///x` or `https://?q`. */
function hasHost(value: string, colon: number): boolean {
  if (value.charCodeAt(colon + 1) !== 0x2f || value.charCodeAt(colon + 2) !== 0x2f) return false;
  const first = value.charCodeAt(colon + 3);
  return !Number.isNaN(first) && first !== 0x2f && first !== 0x3f && first !== 0x23; // NaN past the end; not / ? #
}

/**
 * Describes what is wrong with a URL for LINE, or returns undefined when it is fine: URLs as RFC
 * 3986 writes them (LINE's spec says `format: uri`), percent-encoded, with a host for http(s).
 */
export function urlProblem(value: string, schemes: readonly string[]): string | undefined {
  // Fast path for the common case: a well-formed URL of an accepted scheme.
  const colon = value.indexOf(':');
  if (
    colon > 0 &&
    NOT_EMPTY.test(value.charAt(colon + 1)) &&
    URL_CHARS.test(value) &&
    (value.indexOf('%') < 0 || !BAD_ESCAPE.test(value)) &&
    AUTHORITY.test(value) &&
    value.indexOf('#') === value.lastIndexOf('#')
  ) {
    const scheme = acceptedScheme(value, colon, schemes);
    if (scheme !== undefined && (scheme !== 'https' && scheme !== 'http' ? true : hasHost(value, colon))) return undefined;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return `${quote(value)} is not an absolute URL (it needs a scheme such as https://)`;
  if (!schemes.includes(scheme)) {
    if (schemes.length === 1) return `${quote(value)} must be an ${schemes[0]} URL`;
    return `${quote(value)} uses the "${scheme}" scheme; LINE accepts ${orList(schemes)}`;
  }
  if (!NOT_EMPTY.test(value.charAt(scheme.length + 1))) return `${quote(value)} has no address after "${scheme}:"`;
  if (!AUTHORITY.test(value))
    return `${quote(value)} has no host LINE can use: a name or an IPv4 address, then an optional :port of digits`;
  if (!URL_CHARS.test(value)) {
    const bad = [...new Set([...value].filter((c) => !URL_CHARS.test(c)))].slice(0, 3);
    const shown = bad.map((c) => (c === ' ' ? 'a space' : JSON.stringify(c))).join(', ');
    return `${quote(value)} has characters LINE needs percent-encoded (${shown}); encode it with encodeURI()`;
  }
  if (BAD_ESCAPE.test(value)) return `${quote(value)} has a "%" that does not start a percent-escape such as %20`;
  if (value.indexOf('#') !== value.lastIndexOf('#')) return `${quote(value)} has a second "#"; write it as %23`;
  return `${quote(value)} has no host`;
}

/** A URL with the given schemes and length limit; never empty. */
export function url(id: LimitId, schemes: readonly string[]): z.ZodString {
  return z.string().check((ctx) => {
    if (ctx.value.length === 0) {
      report(ctx, 'too_short', 'URL must not be empty', [], id);
      return;
    }
    checkLength(ctx, ctx.value, id, [], 'URL');
    const problem = urlProblem(ctx.value, schemes);
    if (problem) report(ctx, 'invalid_format', problem);
  });
}

/** An HTTPS URL of an image, video or audio file: at most 2,000 characters (`R#image-message`). */
export const mediaUrl = (): z.ZodString => url('mediaUrl', ['https']);

/** The target of a URI action: at most 1,000 characters, http, https, line or tel (`R#uri-action`). */
export const actionUri = (): z.ZodString => url('actionUri', ['http', 'https', 'line', 'tel']);

const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const RGB = /^#[0-9a-fA-F]{6}$/;

/** A `#RRGGBB` or `#RRGGBBAA` colour; `#RRGGBB` only where LINE takes no alpha (templates). */
export function color({ alpha = true } = {}): z.ZodString {
  return z.string().check((ctx) => {
    if (!(alpha ? COLOR : RGB).test(ctx.value)) {
      report(
        ctx,
        'invalid_format',
        alpha
          ? `${quote(ctx.value)} is not a colour LINE accepts; use #RRGGBB or #RRGGBBAA`
          : `${quote(ctx.value)} is not a colour LINE accepts here; use #RRGGBB`,
      );
    }
  });
}

/** Joins the messages of several unknown properties of one object; `validate` splits them into one issue each. */
export const KEY_SEPARATOR = '\n';

/**
 * An object that accepts only the given properties, as LINE does; an unknown property fails with
 * the closest known name as a suggestion ("letterSpacing" ... did you mean "lineSpacing"?), or with
 * a hint written for a mistake people often make.
 */
export function strict<S extends z.core.$ZodLooseShape>(
  what: string,
  shape: S,
  hints: Readonly<Record<string, string>> = {},
): z.ZodObject<S, z.core.$strict> {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return undefined;
      return iss.keys
        .map((key) => {
          const guess = closest(key, known);
          const hint = hints[key] ?? (guess ? `did you mean "${guess}"?` : known.length <= 6 ? `it takes ${known.join(', ')}` : '');
          return `"${key}" is not a property of ${what}${hint ? `; ${hint}` : ''}`;
        })
        .join(KEY_SEPARATOR);
    },
  });
}

/** One of LINE's keywords. */
export const keyword = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
