/**
 * How a command reaches LINE: the channel access token (`LINE_TOKEN`, or `--token-file`), the API
 * (`--base-url`, `LINE_API_BASE_URL`, else api.line.me), or with `--emulator` a local emulator that
 * the command starts and stops itself. The token goes to the client and nowhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Emulator } from '@linejsx/emulator';
import {
  baseUrlProblem,
  type ClientOptions,
  createClient,
  HOUR,
  type LineClient,
  type LogEntry,
  MINUTE,
  redactUrl,
  SECOND,
  tokenProblem,
} from '@linejsx/send';
import { UsageError } from './errors.ts';
import type { CliIo } from './io.ts';
import { count } from './words.ts';

export const LINE_API = 'https://api.line.me';

/** The options every command that talks to LINE takes, for `parseCommand`. */
export const CONNECTION_OPTIONS = {
  'base-url': { type: 'string' },
  'token-file': { type: 'string' },
  'allow-insecure': { type: 'boolean' },
} as const;

/** The same, plus `--emulator` (and the number of emulated followers). */
export const EMULATOR_OPTIONS = {
  ...CONNECTION_OPTIONS,
  emulator: { type: 'boolean' },
  followers: { type: 'string' },
} as const;

/** Help lines for the options above. */
export const CONNECTION_HELP = `  --base-url URL       a LINE-compatible API instead of ${LINE_API} (or LINE_API_BASE_URL)
  --token-file FILE    read the channel access token from FILE instead of LINE_TOKEN
  --allow-insecure     allow a plain http:// --base-url to another machine (the token travels unencrypted)`;
export const EMULATOR_HELP = `${CONNECTION_HELP}
  --emulator           start a local LINE emulator and talk to it (no token needed)
  --followers N        followers of that emulator (default 100)`;

export interface ConnectionValues {
  readonly 'base-url'?: string;
  readonly 'token-file'?: string;
  readonly 'allow-insecure'?: boolean;
  readonly emulator?: boolean;
  readonly followers?: string;
}

/** A client and what it talks to. */
export interface Connection {
  readonly client: LineClient;
  /** The API's base URL, for messages (user info hidden). */
  readonly baseUrl: string;
  /** The emulator this command started, with `--emulator`. */
  readonly emulator?: Emulator;
  /** Requests made (answered or not: a dropped connection is one too) and retries, counted from the client's log. */
  readonly counts: { requests: number; retries: number };
  /** Stops the emulator, if one was started. */
  close(): Promise<void>;
}

/**
 * The channel access token: `--token-file`, else `LINE_TOKEN` (or `LINE_CHANNEL_ACCESS_TOKEN`, the
 * name LINE's SDKs use). A `UsageError` when there is none; the token itself is never in a message.
 *
 * @example
 * const token = channelToken(io, values['token-file'], 'doctor');
 */
export function channelToken(io: CliIo, tokenFile: string | undefined, command: string): string {
  if (tokenFile !== undefined) {
    const path = resolve(io.cwd, tokenFile);
    if (!existsSync(path)) throw new UsageError(`--token-file ${tokenFile}: no such file`, command);
    const token = readFileSync(path, 'utf8').trim();
    if (token === '') throw new UsageError(`--token-file ${tokenFile} is empty`, command);
    if (/\s/.test(token))
      throw new UsageError(`--token-file ${tokenFile} holds more than one word; put the channel access token alone in it`, command);
    return checkedToken(token, `--token-file ${tokenFile}`, command);
  }
  const name = io.env.LINE_TOKEN ? 'LINE_TOKEN' : 'LINE_CHANNEL_ACCESS_TOKEN';
  const token = io.env[name]?.trim();
  if (token) return checkedToken(token, name, command);
  throw new UsageError(
    'no channel access token: set LINE_TOKEN, or pass --token-file FILE (or --emulator to try it on a local emulator)',
    command,
  );
}

/** The token, or a `UsageError` saying what character in it no token has (never the token). */
function checkedToken(token: string, from: string, command: string): string {
  const problem = tokenProblem(token);
  if (problem) throw new UsageError(`${from}: ${problem.replace(/^channelAccessToken /, 'the channel access token ')}`, command);
  return token;
}

/**
 * `--base-url`, else `LINE_API_BASE_URL`, else api.line.me; checked to be an http(s) URL.
 *
 * @example
 * apiBaseUrl(io, 'http://127.0.0.1:8080/', 'send push'); // 'http://127.0.0.1:8080'
 * apiBaseUrl(io, 'http://10.0.0.8', 'send push'); // throws: plain http to another machine needs --allow-insecure
 */
export function apiBaseUrl(io: CliIo, flag: string | undefined, command: string, allowInsecure = false): string {
  const value = flag ?? (io.env.LINE_API_BASE_URL || undefined) ?? LINE_API;
  const problem = baseUrlProblem(value, { name: flag !== undefined ? '--base-url' : 'LINE_API_BASE_URL', allowInsecure });
  if (problem) throw new UsageError(problem.replace('(allowInsecure: true, --allow-insecure)', 'with --allow-insecure'), command);
  return value.replace(/\/+$/, '');
}

/** Waits for a rate limit from this long (ms) are said on stderr: shorter ones are the limit doing its job. */
const NOTABLE_WAIT = 1000;

/** `9 min 20 s`, `3 s`, `1 h 5 min`. */
function howLong(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return [h && `${h} h`, m && `${m} min`, (sec || s === 0) && !h && `${sec} s`].filter(Boolean).join(' ');
}

const PER: ReadonlyArray<readonly [number, string]> = [
  [HOUR, 'an hour'],
  [MINUTE, 'a minute'],
  [SECOND, 'a second'],
];

/**
 * Why a request waits, and how long: "waiting 9 min 20 s before POST /v2/bot/message/broadcast:
 * LINE allows 60 of these an hour, retries included, and they are spent".
 *
 * @example
 * waitWords({ event: 'wait', method: 'POST', path: '/v2/bot/message/broadcast', attempt: 1, delay: 560_000, limit: { limit: 60, per: HOUR } });
 */
export function waitWords(entry: LogEntry): string {
  const limit = entry.limit;
  const per = limit && PER.find(([ms]) => limit.per === ms)?.[1];
  const rule = limit
    ? `LINE allows ${count(limit.limit)} of these ${per ?? `in ${howLong(limit.per)}`}, retries included, and they are spent`
    : 'its rate limit';
  return `waiting ${howLong(entry.delay ?? 0)} before ${entry.method} ${entry.path}: ${rule}`;
}

/**
 * Connects a command to LINE, another API, or an emulator it starts (`--emulator`).
 *
 * @example
 * const connection = await connect(io, values, 'send push');
 * try { await connection.client.push(to, element); } finally { await connection.close(); }
 */
export async function connect(
  io: CliIo,
  values: ConnectionValues,
  command: string,
  client: Partial<ClientOptions> = {},
): Promise<Connection> {
  const counts = { requests: 0, retries: 0 };
  const log: ClientOptions['log'] = (entry) => {
    if (entry.event === 'response' || entry.event === 'no-answer') counts.requests++;
    else if (entry.event === 'retry') counts.retries++;
    else if (entry.event === 'wait' && (entry.delay ?? 0) >= NOTABLE_WAIT) io.stderr(io.err.yellow(waitWords(entry)));
  };
  if (values.emulator) {
    if (values['base-url'] !== undefined) throw new UsageError('--emulator and --base-url both say where to send; give one', command);
    const followers = values.followers === undefined ? 100 : Number(values.followers);
    if (!Number.isSafeInteger(followers) || followers < 1)
      throw new UsageError(`--followers must be a whole number of at least 1; got ${JSON.stringify(values.followers)}`, command);
    // Loaded here, not above: the emulator brings the chat view and the preview, which sending to LINE does not need.
    const { startEmulator } = await import('@linejsx/emulator');
    const emulator = await startEmulator({ followers });
    return {
      client: createClient({ channelAccessToken: emulator.token, baseUrl: emulator.url, log, ...client }),
      baseUrl: emulator.url,
      emulator,
      counts,
      close: () => emulator.stop(),
    };
  }
  if (values.followers !== undefined) throw new UsageError('--followers is for --emulator', command);
  const allowInsecure = values['allow-insecure'] === true;
  const baseUrl = apiBaseUrl(io, values['base-url'], command, allowInsecure);
  const channelAccessToken = channelToken(io, values['token-file'], command);
  return {
    client: createClient({ channelAccessToken, baseUrl, log, allowInsecure, ...client }),
    baseUrl: redactUrl(baseUrl),
    counts,
    close: async () => {},
  };
}
