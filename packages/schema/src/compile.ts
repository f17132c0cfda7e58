/**
 * A fast accept/reject predicate compiled from our zod schemas.
 *
 * Validation answers "valid" far more often than "invalid", and zod's runtime parser spends most of
 * its time building an output copy and issue bookkeeping that a valid input never needs. So
 * `validate…()` first runs this predicate (closures over the zod definitions, with a generated
 * function per object that tests its plain properties inline: type tests, key lookups and our own
 * check functions, no allocation on success) and only when it says
 * "invalid" runs zod itself to collect the issues with their messages. The zod schemas stay the one
 * source of truth; a property test keeps the two in agreement.
 */
import type { z } from 'zod';
import { LIMITS } from './limits.ts';

type Predicate = (value: unknown) => boolean;

interface CheckLike {
  _zod: { check(payload: Payload): unknown; def: { when?: (payload: Payload) => boolean } };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Def {
  type: string;
  checks?: CheckLike[];
  [key: string]: unknown;
}
interface SchemaLike {
  _zod: { def: Def; propValues?: Record<string, Set<unknown>>; optin?: string };
}

// Checks run one at a time and never re-enter validation, so one scratch payload serves them all.
const scratch: Payload = { value: undefined, issues: [] };

/**
 * Marks a check function as "JSON of the value is at most `max` bytes". While the predicate walks a
 * value it adds up an upper bound of its JSON size (6 bytes per UTF-16 unit of every string, the
 * worst case of an escape, plus keys and punctuation); when that bound is within `max`, the exact
 * (and much slower) JSON.stringify measurement in the check is skipped.
 */
export const JSON_BYTES_MAX = Symbol('linejsx.jsonBytesMax');

/**
 * Marks the check function of a rule that also runs over objects with problems inside (`whole` in
 * rules.ts) with the rule it wraps. The predicate runs checks only on values whose shape passed,
 * where the wrapper's guard and its `when` have nothing to do: it calls the rule itself.
 */
export const WHOLE_RULE = Symbol('linejsx.wholeRule');

/**
 * The running JSON size bound, and how many objects and arrays deep the walk is: plain object
 * fields so that generated code can share them. A walk past `LIMITS.nesting` says "invalid", and
 * `validateWith` then reports the depth instead of letting zod recurse. A `return false` on the
 * way may leave `depth` raised: that only ever makes the predicate stricter, and zod decides.
 */
const acc = { bound: 0, depth: 0 };
const MAX_DEPTH = LIMITS.nesting.max;

/**
 * The checks of a schema as one function of the value and its JSON size bound. What each check
 * needs (its function, its `when`, its JSON_BYTES_MAX mark) is read here once, not on every call.
 */
function compileChecks(checks: readonly CheckLike[]): (value: unknown, size: number) => boolean {
  const list = checks.map((check) => {
    const rule = (check._zod.check as { [WHOLE_RULE]?: (payload: Payload) => unknown })[WHOLE_RULE];
    return {
      run: rule ?? check._zod.check,
      when: rule ? undefined : check._zod.def.when,
      max: (check._zod.check as { [JSON_BYTES_MAX]?: number })[JSON_BYTES_MAX],
    };
  });
  return (value, size) => {
    for (let i = 0; i < list.length; i++) {
      const { run, when, max } = list[i]!;
      if (max !== undefined && size <= max) continue;
      scratch.value = value;
      if (when && !when(scratch)) continue;
      run(scratch);
      if (scratch.issues.length > 0) {
        scratch.issues.length = 0;
        return false;
      }
    }
    return true;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const memo = new WeakMap<object, Predicate>();

/** Compiles `schema` into a predicate that is true exactly when zod would accept the value. */
export function compilePredicate(schema: z.ZodType): Predicate {
  let predicate: Predicate;
  try {
    predicate = compile(schema as unknown as SchemaLike);
  } catch {
    // No `new Function` (a strict CSP) or a zod type compile.ts lacks: zod's parser decides every time.
    return () => false;
  }
  return (value) => {
    acc.bound = 0;
    acc.depth = 0;
    try {
      return predicate(value);
    } catch {
      // A check that throws: let zod's parser decide.
      return false;
    }
  };
}

function compile(schema: SchemaLike): Predicate {
  const known = memo.get(schema);
  if (known) return known;
  // Recursive schemas (flex boxes) reach themselves: point at the predicate before it exists.
  let compiled: Predicate | undefined;
  const forward: Predicate = (value) => compiled!(value);
  memo.set(schema, forward);
  const base = compileType(schema);
  const checks = schema._zod.def.checks;
  const passes = checks?.length ? compileChecks(checks) : undefined;
  compiled = passes
    ? (value) => {
        const start = acc.bound;
        return base(value) && passes(value, acc.bound - start);
      }
    : base;
  memo.set(schema, compiled);
  return compiled;
}

function compileType(schema: SchemaLike): Predicate {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return (v) => {
        if (typeof v !== 'string') return false;
        acc.bound += v.length * 6 + 2;
        return true;
      };
    case 'number':
      return (v) => {
        acc.bound += 24;
        return typeof v === 'number' && Number.isFinite(v);
      };
    case 'boolean':
      return (v) => {
        acc.bound += 5;
        return typeof v === 'boolean';
      };
    case 'literal': {
      const values = def.values as unknown[];
      const size = jsonSizeOf(values);
      if (values.length === 1) {
        const only = values[0];
        return (v) => {
          acc.bound += size;
          return v === only;
        };
      }
      return (v) => {
        acc.bound += size;
        return values.includes(v);
      };
    }
    case 'enum': {
      const list = Object.values(def.entries as Record<string, unknown>);
      const values = new Set(list);
      const size = jsonSizeOf(list);
      return (v) => {
        acc.bound += size;
        return values.has(v);
      };
    }
    case 'unknown':
      // A property checked elsewhere (a request envelope's `messages`): anything goes, at a size
      // the bound can not know, so a JSON size check above measures exactly.
      return () => {
        acc.bound = Number.POSITIVE_INFINITY;
        return true;
      };
    case 'optional': {
      const inner = compile(def.innerType as SchemaLike);
      return (v) => v === undefined || inner(v);
    }
    case 'lazy': {
      let inner: Predicate | undefined;
      return (v) => (inner ??= compile((def.getter as () => SchemaLike)()))(v);
    }
    case 'pipe': {
      const a = compile(def.in as SchemaLike);
      const b = compile(def.out as SchemaLike);
      return (v) => a(v) && b(v);
    }
    case 'array': {
      const item = compile(def.element as SchemaLike);
      return (v) => {
        if (!Array.isArray(v) || acc.depth >= MAX_DEPTH) return false;
        acc.depth++;
        acc.bound += 2 + v.length;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        acc.depth--;
        return true;
      };
    }
    case 'record': {
      const key = compile(def.keyType as SchemaLike);
      const value = compile(def.valueType as SchemaLike);
      return (v) => {
        if (!isPlainObject(v) || acc.depth >= MAX_DEPTH) return false;
        acc.depth++;
        acc.bound += 2;
        for (const k in v) {
          acc.bound += 2;
          if (!key(k) || !value(v[k])) return false;
        }
        acc.depth--;
        return true;
      };
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return compileUnion(def);
    default:
      throw new Error(`compilePredicate: zod type "${def.type}" is not supported; add it to compile.ts`);
  }
}

/** The longest JSON of `values`: what one of them adds to the JSON size bound. */
function jsonSizeOf(values: readonly unknown[]): number {
  return Math.max(...values.map((v) => JSON.stringify(v)?.length ?? 0));
}

/** What a property's test needs besides its code: a constant, its check functions. */
interface Inlined {
  /** Statements testing `x`, the property's value: `return false` when it fails. */
  readonly code: string;
  readonly constant?: unknown;
  readonly runs?: readonly ((payload: Payload) => unknown)[];
  readonly checks?: (value: unknown, size: number) => boolean;
}

/** The function a check runs, when it is a plain one: no `when`, no JSON-size mark. */
function plainRun(check: CheckLike): ((payload: Payload) => unknown) | undefined {
  const fn = check._zod.check as { [WHOLE_RULE]?: (payload: Payload) => unknown; [JSON_BYTES_MAX]?: number };
  const rule = fn[WHOLE_RULE];
  if (rule) return rule;
  return check._zod.def.when || fn[JSON_BYTES_MAX] !== undefined ? undefined : check._zod.check;
}

/**
 * The test of a property whose schema is a string, number, boolean, single literal or enum (with
 * its checks), written into the object's generated function instead of a call to the property's
 * predicate, which would call the type's and the checks' in turn: most of a LINE object's
 * properties are such values, and those calls were most of the work. Others: undefined.
 * `i` names the property's constant (`k[i]`), check functions (`r[i]`) or compiled checks (`c[i]`).
 */
function inlined(schema: SchemaLike, i: number): Inlined | undefined {
  const def = schema._zod.def;
  let test: string;
  let constant: unknown;
  switch (def.type) {
    case 'string':
      test = `if (typeof x !== 'string') return false; acc.bound += x.length * 6 + 2;`;
      break;
    case 'number':
      test = `if (typeof x !== 'number' || !Number.isFinite(x)) return false; acc.bound += 24;`;
      break;
    case 'boolean':
      test = `if (typeof x !== 'boolean') return false; acc.bound += 5;`;
      break;
    case 'literal': {
      const values = def.values as unknown[];
      if (values.length !== 1) return undefined;
      constant = values[0];
      test = `if (x !== k[${i}]) return false; acc.bound += ${jsonSizeOf(values)};`;
      break;
    }
    case 'enum': {
      const list = Object.values(def.entries as Record<string, unknown>);
      constant = new Set(list);
      test = `if (!k[${i}].has(x)) return false; acc.bound += ${jsonSizeOf(list)};`;
      break;
    }
    default:
      return undefined;
  }
  const checks = def.checks ?? [];
  if (checks.length === 0) return { code: test, constant };
  const runs = checks.map(plainRun);
  if (runs.every((run) => run !== undefined)) {
    // Each check on the shared scratch payload, as compileChecks runs them, without its loop.
    const calls = runs
      .map((_, j) => `sc.value = x; r[${i}][${j}](sc); if (sc.issues.length > 0) { sc.issues.length = 0; return false; }`)
      .join(' ');
    return { code: `${test} ${calls}`, constant, runs: runs as ((payload: Payload) => unknown)[] };
  }
  return { code: `const s = acc.bound; ${test} if (!c[${i}](x, acc.bound - s)) return false;`, constant, checks: compileChecks(checks) };
}

function compileObject(def: Def): Predicate {
  // Shape entries may be getters (recursive boxes); every module is loaded by the time the first
  // validation compiles, so they resolve here. A schema that reaches itself gets the `forward` of compile().
  const shape = def.shape as Record<string, SchemaLike>;
  const catchall = def.catchall as SchemaLike | undefined;
  const strict = catchall?._zod.def.type === 'never';
  if (catchall && !strict) throw new Error('compilePredicate: only strict or stripping objects are supported');
  const names = Object.keys(shape);
  // Read once: a getter builds its schema anew on every read.
  const schemas = names.map((key) => shape[key]!);
  const preds = schemas.map(compile);
  const required = names.filter((_, i) => schemas[i]!._zod.optin !== 'optional');
  // An optional property's value is tested inline when it is there (`undefined` is what optional adds).
  const inline = schemas.map((schema, i) => {
    const inner =
      schema._zod.def.type === 'optional' && !schema._zod.def.checks?.length ? (schema._zod.def.innerType as SchemaLike) : schema;
    return inlined(inner, i);
  });
  // One generated switch over the keys the value has (a few of many optional ones, for LINE
  // objects): V8 compares internalized strings by identity, which beats a dictionary lookup per key.
  const cases = names
    .map((key, i) => {
      const mandatory = required.includes(key);
      const test = inline[i]?.code ?? `if (!p[${i}](x)) return false;`;
      return `case ${JSON.stringify(key)}: { const x = v[key]; ${mandatory ? 'seen++;' : 'if (x === undefined) break;'} ${test} break; }`;
    })
    .join('\n');
  const body = `const acc = ctx.acc;
  const sc = ctx.scratch;
  return function object(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || acc.depth >= ${MAX_DEPTH}) return false;
    acc.depth++;
    let seen = 0;
    for (const key in v) {
      acc.bound += key.length + 4;
      switch (key) {
        ${cases}
        default: ${strict ? 'return false;' : ''}
      }
    }
    acc.depth--;
    acc.bound += 2;
    return seen === ${required.length} || ctx.missing(v);
  };`;
  const constants = inline.map((x) => x?.constant);
  const runs = inline.map((x) => x?.runs);
  const checks = inline.map((x) => x?.checks);
  return new Function('p', 'k', 'r', 'c', 'ctx', body)(preds, constants, runs, checks, {
    acc,
    scratch,
    // zod refuses an object without a required key even when the key's schema takes `undefined` (`z.unknown()`).
    missing: (v: Record<string, unknown>) => required.every((key) => key in v),
  }) as Predicate;
}

function compileUnion(def: Def): Predicate {
  const options = def.options as SchemaLike[];
  const discriminator = def.discriminator as string | undefined;
  const preds = options.map(compile);
  if (discriminator === undefined)
    return (v) => {
      // An option that fails part of the way down may leave the depth raised: the next starts from here.
      const depth = acc.depth;
      for (const p of preds) {
        if (p(v)) return true;
        acc.depth = depth;
      }
      return false;
    };
  // A generated switch on the tag, like objects: each case calls its option's predicate directly.
  const cases = options
    .flatMap((option, i) =>
      [...(option._zod.propValues?.[discriminator] ?? [])].map((value) => `case ${JSON.stringify(value)}: return p[${i}](v);`),
    )
    .join('\n');
  const body = `return function union(v) {
    if (typeof v !== 'object' || v === null) return false;
    switch (v[${JSON.stringify(discriminator)}]) {
      ${cases}
      default: return false;
    }
  };`;
  return new Function('p', body)(preds) as Predicate;
}
