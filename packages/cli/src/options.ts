/**
 * Command-line parsing on `node:util` `parseArgs`, with every mistake a `UsageError` in plain words
 * and `-h`/`--help` on every command.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

type Descriptors = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** What `parseCommand` gives back for `options`: typed values and the positionals. */
type Parsed<O extends Descriptors> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true }>
>;

/** parseArgs' own words, shortened: "Unknown option '--to-fil'. To specify a positional…" -> "unknown option --to-fil". */
function reword(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && /argument missing/.test(error.message)
        ? `${option
            .split(',')
            .pop()!
            .trim()
            .replace(/ <value>$/, '')} needs a value`
        : error.message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${option ?? error.message}`;
    default:
      return error.message;
  }
}

/**
 * Parses `args` with `options` plus `-h/--help`; throws a `UsageError` naming `command` for
 * anything parseArgs refuses.
 *
 * @example
 * const { values, positionals } = parseCommand(args, { pretty: { type: 'boolean' } }, 'render');
 */
export function parseCommand<const O extends Descriptors>(args: readonly string[], options: O, command: string): Parsed<O> {
  try {
    return parseArgs({ args: [...args], options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    const err = error as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(reword(err), command);
    throw error;
  }
}

/**
 * A whole number option (`--port 8080`), or undefined when absent; a `UsageError` for anything else.
 *
 * @example
 * const port = wholeNumber('port', values.port, 'emulator');
 */
export function wholeNumber(name: string, value: string | undefined, command: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}; got ${JSON.stringify(value)}`, command);
  }
  return n;
}

/**
 * Exactly one positional argument, the file, or a `UsageError` saying what was expected.
 *
 * @example
 * const file = oneFile(positionals, 'render', 'FILE.tsx');
 */
export function oneFile(positionals: readonly string[], command: string, what = 'FILE'): string {
  if (positionals.length === 1) return positionals[0]!;
  if (positionals.length === 0) throw new UsageError(`which file? linejsx ${command} ${what}`, command);
  throw new UsageError(`one file, please; got ${positionals.length}: ${positionals.join(' ')}`, command);
}

const UNITS: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A length of time in ms from whole seconds (`600`) or with a unit (`90s`, `10m`, `1h`), or
 * undefined when absent; a `UsageError` for anything else.
 *
 * @example
 * duration('wait-timeout', '10m', 'send narrowcast'); // 600000
 */
export function duration(name: string, value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)(s|m|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? '']! : Number.NaN;
  if (!m || !Number.isSafeInteger(ms) || ms === 0)
    throw new UsageError(
      `--${name} is a length of time: whole seconds, or with s, m or h (90s, 10m, 1h); got ${JSON.stringify(value)}`,
      command,
    );
  return ms;
}
