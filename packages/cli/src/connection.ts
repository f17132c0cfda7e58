/**
 * How a command reaches LINE: the channel access token (`LINE_TOKEN`, or `--token-file`), the API
 * (`--base-url`, `LINE_API_BASE_URL`, else api.line.me), or with `--emulator` a local emulator that
 * the command starts and stops itself. The token goes to the client and nowhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Emulator } from '@linejsx/emulator';
import { type ClientOptions, createClient, type LineClient } from '@linejsx/send';
import { UsageError } from './errors.ts';
import type { CliIo } from './io.ts';

export const LINE_API = 'https://api.line.me';

/** The options every command that talks to LINE takes, for `parseCommand`. */
export const CONNECTION_OPTIONS = {
  'base-url': { type: 'string' },
  'token-file': { type: 'string' },
} as const;

/** The same, plus `--emulator` (and the number of emulated followers). */
export const EMULATOR_OPTIONS = {
  ...CONNECTION_OPTIONS,
  emulator: { type: 'boolean' },
  followers: { type: 'string' },
} as const;

/** Help lines for the options above. */
export const CONNECTION_HELP = `  --base-url URL       a LINE-compatible API instead of ${LINE_API} (or LINE_API_BASE_URL)
  --token-file FILE    read the channel access token from FILE instead of LINE_TOKEN`;
export const EMULATOR_HELP = `${CONNECTION_HELP}
  --emulator           start a local LINE emulator and talk to it (no token needed)
  --followers N        followers of that emulator (default 100)`;

export interface ConnectionValues {
  readonly 'base-url'?: string;
  readonly 'token-file'?: string;
  readonly emulator?: boolean;
  readonly followers?: string;
}

/** A client and what it talks to. */
export interface Connection {
  readonly client: LineClient;
  /** The API's base URL, for messages. */
  readonly baseUrl: string;
  /** The emulator this command started, with `--emulator`. */
  readonly emulator?: Emulator;
  /** Answers received and retries made so far, counted from the client's log. */
  readonly counts: { responses: number; retries: number };
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
    return token;
  }
  const token = (io.env.LINE_TOKEN || io.env.LINE_CHANNEL_ACCESS_TOKEN)?.trim();
  if (token) return token;
  throw new UsageError(
    'no channel access token: set LINE_TOKEN, or pass --token-file FILE (or --emulator to try it on a local emulator)',
    command,
  );
}

/**
 * `--base-url`, else `LINE_API_BASE_URL`, else api.line.me; checked to be an http(s) URL.
 *
 * @example
 * apiBaseUrl(io, 'http://127.0.0.1:8080/', 'send push'); // 'http://127.0.0.1:8080'
 */
export function apiBaseUrl(io: CliIo, flag: string | undefined, command: string): string {
  const value = flag ?? (io.env.LINE_API_BASE_URL || undefined) ?? LINE_API;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${flag !== undefined ? '--base-url' : 'LINE_API_BASE_URL'} ${JSON.stringify(value)} is not a URL; give one such as http://127.0.0.1:8080`,
      command,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`the API address must be http or https; got ${JSON.stringify(value)}`, command);
  return value.replace(/\/+$/, '');
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
  const counts = { responses: 0, retries: 0 };
  const log: ClientOptions['log'] = (entry) => {
    if (entry.event === 'response') counts.responses++;
    else if (entry.event === 'retry') counts.retries++;
  };
  if (values.emulator) {
    if (values['base-url'] !== undefined) throw new UsageError('--emulator and --base-url both say where to send; give one', command);
    const followers = values.followers === undefined ? 100 : Number(values.followers);
    if (!Number.isSafeInteger(followers) || followers < 1)
      throw new UsageError(`--followers must be a whole number of at least 1; got ${JSON.stringify(values.followers)}`, command);
    // Loaded here: a command that talks to LINE (a campaign worker above all) does not carry the emulator.
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
  const baseUrl = apiBaseUrl(io, values['base-url'], command);
  const channelAccessToken = channelToken(io, values['token-file'], command);
  return { client: createClient({ channelAccessToken, baseUrl, log, ...client }), baseUrl, counts, close: async () => {} };
}
