/**
 * The validate entry points: run a schema, and turn every zod issue into a `ValidationIssue`
 * with a JSON path and the rule in plain words.
 */
import type { z } from 'zod';
import { LineValidationError, type IssueCode, type ValidationIssue, type ValidationResult } from './issues.ts';
import { messageSchema, messagesSchema, type Message } from './message.ts';
import { richMenuSchema, type RichMenu } from './rich-menu.ts';
import type { IssueParams } from './rules.ts';
import { compilePredicate } from './compile.ts';
import { formatPath, orList, quote } from './words.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : t === 'string' || t === 'number' || t === 'boolean' ? `a ${t}` : t;
}

const ARTICLE: Record<string, string> = { object: 'an object', array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean' };

/** Words for zod's built-in issues; our own checks word their messages themselves. */
function describe(iss: z.core.$ZodRawIssue): string | undefined {
  const key = [...(iss.path ?? [])].reverse().find((k) => typeof k === 'string') ?? 'value';
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `${String(key)} is required`;
      return `${String(key)} must be ${ARTICLE[iss.expected] ?? iss.expected}, not ${typeName(iss.input)}${typeof iss.input === 'object' ? '' : ` (${quote(iss.input)})`}`;
    case 'invalid_value':
      if (iss.values.length === 1) return `${String(key)} must be ${quote(iss.values[0])}; got ${quote(iss.input)}`;
      return `${String(key)} is ${quote(iss.input)}; LINE accepts ${orList(iss.values)}`;
    case 'invalid_union':
      return iss.input === undefined ? `${String(key)} is required` : `${String(key)} ${quote(iss.input)} is not one of the accepted kinds`;
    case 'unrecognized_keys':
      return iss.keys.map((k) => `"${k}" is not a LINE property here`).join('; ');
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
      return iss.input === undefined ? 'required' : 'invalid_type';
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
  return issues.map((iss) => {
    let path = iss.path;
    if (iss.code === 'unrecognized_keys' && iss.keys.length === 1) path = [...path, iss.keys[0]!];
    const limit = iss.code === 'custom' ? (iss.params as IssueParams | undefined)?.limit : undefined;
    return {
      path: formatPath(path, prefix),
      message: iss.message,
      code: issueCode(iss),
      ...(limit ? { limit } : {}),
    };
  });
}

const predicates = new WeakMap<z.ZodType, (value: unknown) => boolean>();

/**
 * Runs `schema` over `value` and returns it unchanged when valid, or every problem. A compiled
 * predicate answers for valid values; zod itself runs only to explain an invalid one.
 */
export function validateWith<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): ValidationResult<T> {
  let accepts = predicates.get(schema);
  if (!accepts) predicates.set(schema, (accepts = compilePredicate(schema)));
  if (accepts(value)) return { ok: true, value: value as T, issues: [] };
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
