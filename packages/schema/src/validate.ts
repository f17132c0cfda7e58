/**
 * The validate entry points: run a schema, and turn every zod issue into a `ValidationIssue`
 * with a JSON path and the rule in plain words.
 */
import type { z } from 'zod';
import { compilePredicate } from './compile.ts';
import { type IssueCode, LineValidationError, type ValidationIssue, type ValidationResult } from './issues.ts';
import { type Message, messageSchema, messagesSchema } from './message.ts';
import { nestingIssue } from './nesting.ts';
import { type RichMenu, richMenuSchema } from './rich-menu.ts';
import { type IssueParams, KEY_SEPARATOR } from './rules.ts';
import { formatPath, orList, quote } from './words.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : t === 'string' || t === 'number' || t === 'boolean' ? `a ${t}` : t;
}

const ARTICLE: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/** What an issue is about: the last property name with any indexes after it (`contents[2]`), `item 0`, or `the value`. */
function subjectOf(path: readonly PropertyKey[]): string {
  let i = path.length;
  while (i > 0 && typeof path[i - 1] === 'number') i--;
  const indexes = path.slice(i) as number[];
  if (i === 0) return indexes.length ? `item ${indexes.join('.')}` : 'the value';
  return `${String(path[i - 1])}${indexes.map((n) => `[${n}]`).join('')}`;
}

/** The value of the discriminator (`type`) a union looked at, when the input is an object. */
function discriminatorValue(iss: { input?: unknown; discriminator?: string | undefined }): unknown {
  const { input, discriminator } = iss;
  return discriminator && typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
}

/** Words for zod's built-in issues; our own checks word their messages themselves. */
function describe(iss: z.core.$ZodRawIssue): string | undefined {
  const name = subjectOf(iss.path ?? []);
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `${name} is required`;
      // zod rejects NaN and ±Infinity as numbers; "must be a number, not a number" would help no one.
      if (iss.expected === 'number' && typeof iss.input === 'number') return `${name} must be a finite number, not ${iss.input}`;
      return `${name} must be ${ARTICLE[iss.expected] ?? iss.expected}, not ${typeName(iss.input)}${typeof iss.input === 'object' ? '' : ` (${quote(iss.input)})`}`;
    case 'invalid_value':
      if (iss.input === undefined)
        return `${name} is required; ${iss.values.length === 1 ? `it is always ${quote(iss.values[0])}` : `LINE accepts ${orList(iss.values)}`}`;
      if (iss.values.length === 1) return `${name} must be ${quote(iss.values[0])}; got ${quote(iss.input)}`;
      return `${name} is ${quote(iss.input)}; LINE accepts ${orList(iss.values)}`;
    case 'invalid_union': {
      // A discriminated union that found no option for its `type`: say which types exist.
      const options = (iss as { options?: readonly unknown[] }).options;
      if (iss.discriminator && options) {
        const value = discriminatorValue(iss);
        const accepted = `LINE accepts ${orList(options)}`;
        return value === undefined ? `${name} is required; ${accepted}` : `${name} ${quote(value)} is not accepted here; ${accepted}`;
      }
      return iss.input === undefined ? `${name} is required` : `${name} ${quote(iss.input)} is not one of the accepted kinds`;
    }
    case 'unrecognized_keys':
      return iss.keys.map((k) => `"${k}" is not a LINE property here`).join(KEY_SEPARATOR);
    default:
      return undefined;
  }
}

// reportInput keeps `input` on final issues so that a missing value can be told from a wrong one.
const parseOptions = { error: describe, reportInput: true } as const;

function issueCode(iss: z.core.$ZodIssue): IssueCode {
  switch (iss.code) {
    case 'custom':
      return (iss.params as IssueParams | undefined)?.code ?? 'invalid_value';
    case 'invalid_type':
    case 'invalid_value':
      if (iss.input === undefined) return 'required';
      return iss.code;
    case 'invalid_union':
      // An object without its `type` misses a required property; any other mismatch is a wrong value.
      return iss.discriminator && discriminatorValue(iss) === undefined && typeof iss.input === 'object' && iss.input !== null
        ? 'required'
        : 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_property';
    case 'too_big':
      return iss.origin === 'array' ? 'too_many' : iss.origin === 'string' ? 'too_long' : 'out_of_range';
    case 'too_small':
      return iss.origin === 'array' ? 'too_few' : iss.origin === 'string' ? 'too_short' : 'out_of_range';
    case 'invalid_format':
      return 'invalid_format';
    default:
      return 'invalid_value';
  }
}

/** Converts zod issues into ours; `prefix` roots the paths (e.g. `messages`). */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): ValidationIssue[] {
  return issues.flatMap((iss): ValidationIssue[] => {
    const code = issueCode(iss);
    if (iss.code === 'unrecognized_keys') {
      // One issue per unknown property, at its own path; the messages come joined (see `strict`).
      const messages = iss.message.split(KEY_SEPARATOR);
      return iss.keys.map((key, i) => ({ path: formatPath([...iss.path, key], prefix), message: messages[i] ?? iss.message, code }));
    }
    const limit = iss.code === 'custom' ? (iss.params as IssueParams | undefined)?.limit : undefined;
    return [{ path: formatPath(iss.path, prefix), message: iss.message, code, ...(limit ? { limit } : {}) }];
  });
}

const predicates = new WeakMap<z.ZodType, (value: unknown) => boolean>();

/**
 * Runs `schema` over `value` and returns it unchanged when valid, or every problem. A compiled
 * predicate answers for valid values (it refuses anything deeper than `LIMITS.nesting`); zod
 * itself runs only to explain an invalid one, and only on a value that is not too deep for it: a
 * deeper or circular value is one problem, at its path.
 *
 * @example
 * validateWith(richMenuSchema, menu, 'menus[0]').issues; // paths such as menus[0].areas[2].bounds.x
 */
export function validateWith<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): ValidationResult<T> {
  let accepts = predicates.get(schema);
  if (!accepts) predicates.set(schema, (accepts = compilePredicate(schema)));
  if (accepts(value)) return { ok: true, value: value as T, issues: [] };
  const deep = nestingIssue(value, prefix);
  if (deep) return { ok: false, issues: [deep] };
  const result = schema.safeParse(value, parseOptions);
  if (result.success) return { ok: true, value: value as T, issues: [] };
  return { ok: false, issues: toValidationIssues(result.error.issues, prefix) };
}

/**
 * Validates one message object against every rule LINE documents.
 *
 * @example
 * const result = validateMessage({ type: 'text', text: '' });
 * if (!result.ok) console.log(result.issues[0].message); // "text must not be empty"
 */
export function validateMessage(message: unknown): ValidationResult<Message> {
  return validateWith(messageSchema, message);
}

/**
 * Validates the `messages` array of a send request (1 to 5 messages); paths start with `messages`.
 *
 * @example
 * const result = validateMessages([{ type: 'sticker', packageId: '446', stickerId: '1988' }]);
 * result.ok; // true
 */
export function validateMessages(messages: unknown): ValidationResult<Message[]> {
  return validateWith(messagesSchema, messages, 'messages');
}

/**
 * Validates a rich menu object (size, areas, actions, name, chatBarText).
 *
 * @example
 * validateRichMenu(menu).ok;
 */
export function validateRichMenu(menu: unknown): ValidationResult<RichMenu> {
  return validateWith(richMenuSchema, menu);
}

/** Returns `result.value` or throws a `LineValidationError` listing every problem. */
export function assertValid<T>(result: ValidationResult<T>, subject?: string): T {
  if (result.ok) return result.value;
  throw new LineValidationError(result.issues, subject);
}
