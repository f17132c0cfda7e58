/**
 * Audiences: who a campaign goes to, with each recipient's props. A file holds one recipient a
 * line, either an ID (`U…`, `C…`, `R…`; blank lines and `#` comments skipped) or a JSON line
 * `{"to": "U…", "props": {…}}`. Each entry keeps where it came from (`people.jsonl:17`), so that
 * every problem is said with its line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ValidationIssue } from '@linejsx/schema';
import { CHAT_ID } from '@linejsx/send';

/** One recipient as the audience gives it. */
export interface AudienceEntry {
  readonly to: string;
  /** Their props; undefined for a line that is an ID alone. */
  readonly props?: unknown;
  /** Where it came from, for messages: `people.jsonl:17`. */
  readonly where: string;
}

/** A line that is no recipient: said as a validation issue whose path is the line. */
export interface AudienceProblem {
  readonly problem: ValidationIssue;
}

/**
 * Where recipients come from. `entries()` is read twice by `startCampaign` (once to check and
 * count, once to queue), so it must give the same entries each time.
 */
export interface Audience {
  /** Names the audience in messages (`people.jsonl`, `followers`). */
  readonly label: string;
  entries(): AsyncIterable<AudienceEntry | AudienceProblem>;
}

const SHAPE = 'a user, group or room ID (U, C or R followed by 32 lowercase hex digits)';

const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);

/**
 * One line of an audience file: an entry, a problem, or undefined for a blank line or a comment.
 *
 * @example
 * parseAudienceLine('{"to":"U4af4980629…","props":{"points":120}}', 'people.jsonl:3');
 * // { to: 'U4af4980629…', props: { points: 120 }, where: 'people.jsonl:3' }
 */
export function parseAudienceLine(line: string, where: string): AudienceEntry | AudienceProblem | undefined {
  const text = line.trim();
  if (text === '' || text.startsWith('#')) return undefined;
  const problem = (code: ValidationIssue['code'], message: string): AudienceProblem => ({ problem: { path: where, code, message } });
  if (!text.startsWith('{')) return CHAT_ID.test(text) ? { to: text, where } : problem('invalid_format', `${quoted(text)} is not ${SHAPE}`);
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (error) {
    return problem('invalid_type', `not JSON: ${(error as Error).message}`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return problem('invalid_type', 'a JSON line is an object: {"to": "U…", "props": {…}}');
  const { to, props, ...rest } = row as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0)
    return problem('unknown_property', `unknown ${extra.length === 1 ? 'key' : 'keys'} ${extra.join(', ')}; a line has "to" and "props"`);
  if (typeof to !== 'string') return problem('invalid_type', '"to" is missing or not a string');
  if (!CHAT_ID.test(to)) return problem('invalid_format', `${quoted(to)} is not ${SHAPE}`);
  if (props !== undefined && (typeof props !== 'object' || props === null || Array.isArray(props)))
    return problem('invalid_type', '"props" must be an object');
  return props === undefined ? { to, where } : { to, props, where };
}

/**
 * An audience read from a file, line by line (a file of millions of lines is never held whole).
 *
 * @example
 * const audience = fileAudience('people.jsonl', '/home/me/bot/people.jsonl');
 */
export function fileAudience(label: string, path: string): Audience {
  return {
    label,
    async *entries() {
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      let n = 0;
      for await (const line of lines) {
        const entry = parseAudienceLine(line, `${label}:${++n}`);
        if (entry) yield entry;
      }
    },
  };
}

/**
 * An audience of IDs held in memory (followers fetched from LINE, a list built by code), each
 * with the same props.
 *
 * @example
 * const audience = listAudience('followers', ids);
 */
export function listAudience(label: string, ids: readonly string[], props?: unknown): Audience {
  return {
    label,
    async *entries() {
      for (let i = 0; i < ids.length; i++) {
        const to = ids[i]!;
        const where = `${label}[${i}]`;
        if (!CHAT_ID.test(to)) yield { problem: { path: where, code: 'invalid_format', message: `${quoted(to)} is not ${SHAPE}` } };
        else yield props === undefined ? { to, where } : { to, props, where };
      }
    },
  };
}
