/**
 * The errors of the command line and how each is reported: what went wrong in one line, what to
 * do about it, and the exit code. Tokens never appear: `LineApiError` holds none, and nothing here
 * prints the environment.
 */
import { LineValidationError } from '@linejsx/schema';
import { LineApiError, RichMenuDeployError } from '@linejsx/send';
import { EXIT, type ExitCode } from './exit.ts';
import type { CliIo } from './io.ts';
import { StoppedError } from './signals.ts';

/**
 * The command line is wrong; the message says how, `command` whose `--help` to read.
 *
 * @example
 * throw new UsageError('--theme is light or dark', 'preview');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'LINEJSX_USAGE' as const;
  /** The command whose `--help` to point at, e.g. `send multicast`. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/**
 * A design file is no design: it exports nothing to render, or its JSON is not LINE JSON.
 *
 * @example
 * throw new DesignError(`${file} exports nothing to render`);
 */
export class DesignError extends Error {
  override readonly name = 'DesignError';
  readonly code = 'LINEJSX_DESIGN' as const;
}

/**
 * A design file could not be loaded or run: it does not compile, its JSON does not parse, or it
 * (or a component of it) throws. Its own exit code, since the design was never checked.
 *
 * @example
 * throw new LoadError(`${file} could not be loaded: ${why}`);
 */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly code = 'LINEJSX_LOAD' as const;
}

/**
 * True for a `LineValidationError`, also one thrown by another copy of `@linejsx/schema` (a design
 * that brings its own, say): the name and code are the contract, not the class.
 *
 * @example
 * if (isValidationError(error)) console.error(formatIssues(error.issues));
 */
export function isValidationError(error: unknown): error is LineValidationError {
  return error instanceof LineValidationError || (error instanceof Error && (error as { code?: unknown }).code === 'LINE_VALIDATION');
}

// Something else than LINE's API answered (`invalid_response`): LINE was not reached either.
const NETWORK = new Set(['timeout', 'connection_failed', 'invalid_response']);

/** `CampaignError` codes of `@linejsx/campaign`. */
const CAMPAIGN_EXIT: Readonly<Record<string, ExitCode>> = {
  redis_unreachable: EXIT.redis,
  not_found: EXIT.usage,
  wrong_state: EXIT.usage,
  no_recipients: EXIT.invalid,
  audience_changed: EXIT.invalid,
  nondeterministic: EXIT.invalid,
};

/**
 * What a LINE API error means for the person at the terminal; `where` is the API's base URL.
 *
 * @example
 * apiHint(error, 'https://api.line.me'); // "the channel access token was refused: …" for a 401
 */
export function apiHint(error: LineApiError, where: string): string | undefined {
  switch (error.code) {
    case 'unauthorized':
      return 'the channel access token was refused: it is wrong, expired or revoked. Issue one in the LINE Developers console (your channel, Messaging API tab) and pass it in LINE_TOKEN or --token-file';
    case 'forbidden':
      return 'the channel may not use this endpoint (its plan, or the feature needs an application to LINE)';
    case 'monthly_limit':
      return 'the monthly message quota is used up; `linejsx doctor` shows it';
    case 'rate_limited':
      return 'too many requests for this endpoint; wait and try again';
    case 'connection_failed':
      return `could not connect to ${where}${causeWords(error)}; check the address (--base-url, LINE_API_BASE_URL) and the network`;
    case 'timeout':
      return `${where} did not answer in time`;
    case 'invalid_response':
      return `${where} is not LINE's API (nor the emulator): check the address (--base-url, LINE_API_BASE_URL), and whether a proxy or a sign-in page answers instead`;
    default:
      return undefined;
  }
}

/** ` (connection refused)`, ` (host not found)`…: the system's reason, when there is one. */
function causeWords(error: Error): string {
  let cause: unknown = error.cause;
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return ' (connection refused)';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return ' (host not found)';
    if (code === 'ECONNRESET') return ' (connection reset)';
    if (code && /^(E[A-Z]+|UND_ERR_\w+)$/.test(code)) return ` (${code})`;
    cause = cause.cause;
  }
  return '';
}

/**
 * The exit code an error stands for.
 *
 * @example
 * exitCodeOf(new UsageError('which file?')); // 2
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof StoppedError) return error.exitCode;
  if (error instanceof LoadError) return EXIT.load;
  if (isValidationError(error) || error instanceof DesignError || (error as { code?: unknown })?.code === 'LINE_IMPORT')
    return EXIT.invalid;
  if (error instanceof LineApiError) return NETWORK.has(error.code) ? EXIT.network : EXIT.api;
  // By name, not class: errors.ts is loaded by every command, and @linejsx/campaign brings BullMQ.
  if ((error as { name?: unknown })?.name === 'CampaignError') return CAMPAIGN_EXIT[(error as { code: string }).code] ?? EXIT.internal;
  // A failed (and undone) deployment step: what made it fail says what happened.
  if (error instanceof RichMenuDeployError) return exitCodeOf(error.cause);
  return EXIT.internal;
}

/**
 * What `--json` prints for an error, on stdout, so that a script always gets JSON.
 *
 * @example
 * io.stdout(JSON.stringify(errorJson(error))); // {"ok":false,"error":{"name":"LineApiError","code":"unauthorized",…}}
 */
export function errorJson(error: unknown): Record<string, unknown> {
  const err = error instanceof Error ? error : new Error(String(error));
  const json: Record<string, unknown> = {
    ok: false,
    error: { name: err.name, code: (err as { code?: unknown }).code ?? 'internal', message: err.message },
  };
  if (isValidationError(err)) (json.error as Record<string, unknown>).issues = err.issues;
  if (err instanceof LineApiError)
    Object.assign(json.error as Record<string, unknown>, {
      status: err.status,
      requestId: err.requestId,
      details: err.details,
      retryKey: err.retryKey,
    });
  if (err instanceof RichMenuDeployError)
    Object.assign(json.error as Record<string, unknown>, { step: err.step, undone: err.undone, leftBehind: err.leftBehind });
  return json;
}

export interface ReportOptions {
  /** `linejsx send`, for `… --help` hints. */
  readonly command: string;
  /** Also print the error as JSON on stdout. */
  readonly json?: boolean;
  /** The API base URL, for hints about connections. */
  readonly baseUrl?: string;
}

/**
 * Says what went wrong on stderr (and as JSON on stdout with `--json`) and returns the exit code.
 *
 * @example
 * try { … } catch (error) { return reportError(io, error, { command: 'render' }); }
 */
export function reportError(io: CliIo, error: unknown, options: ReportOptions): ExitCode {
  const code = exitCodeOf(error);
  const { red, bold, dim } = io.err;
  if (options.json) io.stdout(JSON.stringify(errorJson(error)));
  if (error instanceof UsageError) {
    const help = `linejsx ${error.command ?? options.command} --help`;
    io.stderr(`${red('linejsx')} ${options.command}: ${error.message}\n${dim(`(${help} shows how to use it)`)}`);
  } else if (isValidationError(error)) {
    const [head, ...rest] = error.message.split('\n');
    io.stderr([`${red(bold('✗'))} ${bold(head ?? '')}`, ...rest].join('\n'));
  } else if (error instanceof LineApiError) {
    io.stderr(`${red(bold('✗'))} ${error.message}`);
    const hint = apiHint(error, options.baseUrl ?? 'LINE');
    if (hint) io.stderr(`  ${hint}`);
  } else if (code === EXIT.internal) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `${red('linejsx')} ${options.command}: an unexpected error; this is a bug in linejsx, please report it with what follows\n${stack}`,
    );
  } else {
    io.stderr(`${red(bold('✗'))} ${(error as Error).message}`);
  }
  return code;
}
