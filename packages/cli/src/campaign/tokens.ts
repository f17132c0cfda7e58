/**
 * The tokens a worker sends with, from its own configuration and never from Redis: a file mapping
 * channel IDs to tokens (`--tokens FILE`, or `LINE_TOKENS_FILE`), or one token (`LINE_TOKEN`,
 * `--token-file`) for one channel (`--channel`, `LINE_CHANNEL_ID`, else `default`). No message
 * here ever holds a token.
 */
import { readFileSync } from 'node:fs';
import { channelToken } from '../connection.ts';
import { UsageError } from '../errors.ts';
import { existingFile } from '../input.ts';
import type { CliIo } from '../io.ts';
import { channelOf } from './common.ts';

/** Reads a tokens file: a JSON object of channel ID -> token. */
function tokensFile(io: CliIo, file: string, option: string, command: string): Map<string, string> {
  const path = existingFile(io, file, command, option);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // JSON.parse's message can quote the file, and so a token: it is left out.
    throw new UsageError(`${option} ${file} is not JSON; it holds {"CHANNEL_ID": "TOKEN", …}`, command);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UsageError(`${option} ${file} is not a JSON object; it holds {"CHANNEL_ID": "TOKEN", …}`, command);
  const tokens = new Map<string, string>();
  for (const [channel, token] of Object.entries(json)) {
    channelOf(io, channel, false, command);
    if (typeof token !== 'string' || token.trim() === '' || /\s/.test(token.trim()))
      throw new UsageError(`${option} ${file}: the token of channel ${channel} must be one word (a channel access token)`, command);
    tokens.set(channel, token.trim());
  }
  if (tokens.size === 0) throw new UsageError(`${option} ${file} holds no channel`, command);
  return tokens;
}

export interface TokenValues {
  readonly tokens?: string;
  readonly 'token-file'?: string;
  readonly channel?: string;
}

/**
 * The channels this worker sends for, each with its token.
 *
 * @example
 * const tokens = workerTokens(io, values, 'campaign worker'); // Map { 'default' => '…' }
 */
export function workerTokens(io: CliIo, values: TokenValues, command: string): Map<string, string> {
  const file = values.tokens ?? (io.env.LINE_TOKENS_FILE || undefined);
  if (file !== undefined) {
    if (values['token-file'] !== undefined || values.channel !== undefined)
      throw new UsageError('--tokens names every channel and its token; leave out --token-file and --channel', command);
    return tokensFile(io, file, values.tokens !== undefined ? '--tokens' : 'LINE_TOKENS_FILE', command);
  }
  return new Map([[channelOf(io, values.channel, false, command), channelToken(io, values['token-file'], command)]]);
}
