/**
 * Recipients from the command line: `--to ID` (repeated, or comma-separated) and `--to-file FILE`
 * (one ID a line; blank lines and `#` comments skipped; `-` reads stdin). A malformed ID is
 * reported with its file and line, every one at once.
 */
import { LineValidationError, type ValidationIssue } from '@linejsx/schema';
import { CHAT_ID, USER_ID } from '@linejsx/send';
import { readText } from './input.ts';
import type { CliIo } from './io.ts';

/** Who a send may go to: a user (multicast), or a user, group or room (push). */
export type RecipientKind = 'user' | 'chat';

const SHAPES = {
  user: { pattern: USER_ID, words: 'a user ID (U followed by 32 lowercase hex digits)' },
  chat: { pattern: CHAT_ID, words: 'a user, group or room ID (U, C or R followed by 32 lowercase hex digits)' },
} as const;

export interface Recipients {
  /** Distinct IDs, in the order first given. */
  readonly ids: readonly string[];
  /** IDs given more than once (sent once). */
  readonly duplicates: number;
}

/** One ID as it was given, and where. */
interface Given {
  readonly id: string;
  readonly where: string;
}

function fromFile(file: string, source: string): Given[] {
  const given: Given[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    const id = line.trim();
    if (id !== '' && !id.startsWith('#')) given.push({ id, where: `${file}:${i + 1}` });
  });
  return given;
}

/**
 * Reads the recipients of `--to` and `--to-file`, checks each ID, and removes duplicates.
 * Throws a `LineValidationError` listing every malformed ID with where it was given.
 *
 * @example
 * const { ids } = await readRecipients(io, { to: ['U4af4980629…'], toFile: ['followers.txt'] }, 'user', 'send multicast');
 */
export async function readRecipients(
  io: CliIo,
  flags: { readonly to: readonly string[]; readonly toFile: readonly string[] },
  kind: RecipientKind,
  command: string,
): Promise<Recipients> {
  const given: Given[] = [];
  flags.to.forEach((flag, i) => {
    for (const id of flag.split(',')) if (id.trim() !== '') given.push({ id: id.trim(), where: `--to #${i + 1}` });
  });
  for (const file of flags.toFile) given.push(...fromFile(file === '-' ? 'stdin' : file, await readText(io, file, command, '--to-file')));
  const shape = SHAPES[kind];
  const issues: ValidationIssue[] = given
    .filter((g) => !shape.pattern.test(g.id))
    .map((g) => ({
      path: g.where,
      code: 'invalid_format',
      message: `${JSON.stringify(g.id.length > 40 ? `${g.id.slice(0, 37)}…` : g.id)} is not ${shape.words}`,
    }));
  if (issues.length > 0) throw new LineValidationError(issues, 'the recipients');
  const ids = [...new Set(given.map((g) => g.id))];
  return { ids, duplicates: given.length - ids.length };
}
