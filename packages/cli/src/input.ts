/** Reading the files a command is given, with `-` for stdin and a `UsageError` for what is not a file. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { UsageError } from './errors.ts';
import type { CliIo } from './io.ts';

/**
 * The absolute path of an existing file, or a `UsageError` naming the option it came from.
 *
 * @example
 * existingFile(io, 'card.json', 'import'); // '/home/me/card.json'
 * existingFile(io, 'nope.txt', 'send multicast', '--to-file'); // throws "--to-file nope.txt: no such file"
 */
export function existingFile(io: CliIo, file: string, command: string, option?: string): string {
  const path = resolve(io.cwd, file);
  const stat = statSync(path, { throwIfNoEntry: false });
  const what = option ? `${option} ${file}` : file;
  if (!stat) throw new UsageError(`${what}: no such file`, command);
  if (!stat.isFile()) throw new UsageError(`${what} is ${stat.isDirectory() ? 'a directory' : 'not a file'}`, command);
  return path;
}

/**
 * A file's text, or stdin's for `-`.
 *
 * @example
 * const json = JSON.parse(await readText(io, '-', 'validate'));
 */
export async function readText(io: CliIo, file: string, command: string, option?: string): Promise<string> {
  return file === '-' ? text(io.stdin) : readFileSync(existingFile(io, file, command, option), 'utf8');
}
