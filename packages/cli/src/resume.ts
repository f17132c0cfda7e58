/**
 * What a multicast could not deliver, saved so that nothing is lost and nothing is sent twice: the
 * messages, and each unsent request with its recipients and its `X-Line-Retry-Key`. Sending it
 * again under the same keys (`linejsx send multicast --resume FILE`) makes LINE answer 409 for a
 * request it did take before its answer was lost, instead of delivering it a second time. LINE
 * keeps retry keys for 24 hours, so an older file is refused unless the user says otherwise.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateMessages } from '@linejsx/schema';
import type { MulticastChunk, MulticastResult } from '@linejsx/send';
import { RETRY_KEY, USER_ID } from '@linejsx/send';
import { DesignError, UsageError } from './errors.ts';
import { readText } from './input.ts';
import type { CliIo } from './io.ts';

const FORMAT = 'linejsx-multicast-resume';

/** LINE remembers a retry key for 24 hours (`D:retrying-api-request`). */
export const RETRY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface ResumeFile {
  readonly format: typeof FORMAT;
  readonly version: 1;
  /** When the first attempt of these requests was made (their retry keys were first used). */
  readonly firstSentAt: string;
  readonly request: MulticastResult['request'];
  readonly chunks: ReadonlyArray<{ readonly to: readonly string[]; readonly retryKey: string }>;
}

/**
 * The requests of a multicast that were not accepted: failed (LINE may have taken them) or never sent.
 *
 * @example
 * unsentChunks(result).length; // requests to send again with --resume
 */
export function unsentChunks(result: MulticastResult): MulticastChunk[] {
  return result.chunks.filter((chunk) => chunk.status !== 'sent');
}

/**
 * The default name of a resume file, in the current directory.
 *
 * @example
 * defaultResumeFile(new Date('2026-01-31T14:15:02Z')); // 'linejsx-multicast-20260131-141502.json'
 */
export function defaultResumeFile(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `linejsx-multicast-${stamp}.json`;
}

/**
 * Writes the unsent requests of `result` to `file`; `firstSentAt` is when their keys were first used.
 *
 * @example
 * if (!result.ok) saveResume(io, 'resume.json', result, started);
 */
export function saveResume(io: CliIo, file: string, result: MulticastResult, firstSentAt: Date): void {
  const content: ResumeFile = {
    format: FORMAT,
    version: 1,
    firstSentAt: firstSentAt.toISOString(),
    request: result.request,
    chunks: unsentChunks(result).map((chunk) => ({ to: chunk.to, retryKey: chunk.retryKey })),
  };
  writeFileSync(resolve(io.cwd, file), `${JSON.stringify(content, null, 1)}\n`);
}

/**
 * Removes a resume file whose requests have all been accepted.
 *
 * @example
 * if (result.ok) removeResume(io, values.resume);
 */
export function removeResume(io: CliIo, file: string): void {
  rmSync(resolve(io.cwd, file), { force: true });
}

export interface Resumed {
  /** A multicast result with only the unsent requests, for `client.retryMulticast`. */
  readonly previous: MulticastResult;
  readonly firstSentAt: Date;
}

/**
 * Reads a resume file back, checking everything a hand edit could break, and the age of its keys.
 *
 * @example
 * const { previous } = await loadResume(io, 'linejsx-multicast-20260131-141502.json', { ignoreAge: false, now: new Date() });
 * await client.retryMulticast(previous);
 */
export async function loadResume(io: CliIo, file: string, options: { readonly ignoreAge: boolean; readonly now: Date }): Promise<Resumed> {
  let content: ResumeFile;
  try {
    content = JSON.parse(await readText(io, file, 'send multicast', '--resume')) as ResumeFile;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new DesignError(`--resume ${file} is not JSON: ${(error as Error).message}`);
  }
  const broken = (why: string) => new DesignError(`--resume ${file} is not a resume file of linejsx send multicast: ${why}`);
  if (content?.format !== FORMAT || content.version !== 1) throw broken('its format is not linejsx-multicast-resume version 1');
  const firstSentAt = new Date(content.firstSentAt);
  if (Number.isNaN(firstSentAt.getTime())) throw broken('firstSentAt is not a date');
  if (
    !Array.isArray(content.chunks) ||
    content.chunks.some(
      (c) =>
        !RETRY_KEY.test(c?.retryKey) ||
        !Array.isArray(c.to) ||
        c.to.length === 0 ||
        !c.to.every((id: unknown) => typeof id === 'string' && USER_ID.test(id)),
    )
  ) {
    throw broken('every request needs a UUID retryKey and user IDs in to');
  }
  const checked = validateMessages(content.request?.messages);
  if (!checked.ok) throw broken(`its messages are not valid: ${checked.issues[0]!.path}: ${checked.issues[0]!.message}`);
  const age = options.now.getTime() - firstSentAt.getTime();
  if (age > RETRY_KEY_LIFETIME_MS && !options.ignoreAge) {
    throw new UsageError(
      `--resume ${file}: these requests were first sent ${Math.floor(age / 3_600_000)} hours ago, and LINE forgets retry keys after 24 hours, so a request LINE took before its answer was lost would be delivered twice. Add --ignore-age to send anyway`,
      'send multicast',
    );
  }
  const chunks: MulticastChunk[] = content.chunks.map((chunk, index) => ({
    index,
    to: chunk.to,
    retryKey: chunk.retryKey,
    status: 'failed',
  }));
  const failed = chunks.flatMap((chunk) => chunk.to);
  return {
    firstSentAt,
    previous: { ok: false, recipients: failed.length, sent: 0, failed, chunks, request: { ...content.request, messages: checked.value } },
  };
}
