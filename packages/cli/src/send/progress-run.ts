/** A multicast as the command runs it: a progress bar on a terminal, and Ctrl+C that stops it cleanly. */
import type { MulticastProgress, MulticastResult } from '@linejsx/send';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress.ts';
import { unsentChunks } from '../resume.ts';
import { count } from '../words.ts';

/**
 * Runs a multicast (or its resume) with a progress bar on a terminal; Ctrl+C stops starting
 * requests (those in flight end as failed, safe to send again under their keys).
 *
 * @example
 * const { result, interrupted } = await withProgress(io, (options) => client.multicast(ids, element, options));
 */
export async function withProgress(
  io: CliIo,
  run: (options: { readonly onProgress: (progress: MulticastProgress) => void; readonly signal: AbortSignal }) => Promise<MulticastResult>,
): Promise<{ result: MulticastResult; interrupted: boolean }> {
  const bar = progressBar(io, 'multicast');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const result = await run({
      signal: controller.signal,
      onProgress: (p) =>
        bar.update(
          p.sent + p.failed,
          p.recipients,
          `${count(p.sent + p.failed)}/${count(p.recipients)} recipients · ${p.chunksDone}/${p.chunks} requests`,
        ),
    });
    return { result, interrupted: controller.signal.aborted };
  } finally {
    process.removeListener('SIGINT', stop);
    bar.end();
  }
}

/**
 * The error of a multicast's first unsent request, for the exit code and the message.
 *
 * @example
 * const error = firstError(result); // a LineApiError, or undefined when nothing failed
 */
export function firstError(result: MulticastResult): Error | undefined {
  return unsentChunks(result).find((chunk) => chunk.error)?.error;
}
