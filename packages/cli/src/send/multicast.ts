/**
 * `send multicast` as the command runs it: the journal written before the first request (plan
 * and retry keys, synced to disk), the requests sent from it with each outcome appended as it
 * comes, the progress bar on a terminal, and SIGINT, SIGTERM and SIGHUP that stop it and keep what
 * was not sent. `--resume JOURNAL` finishes one under the same keys; the same command run again
 * while its journal exists is refused, with the way to resume (or `--force` to start over).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Message } from '@linejsx/schema';
import type { ChunksRun, LineClient, MulticastChunk } from '@linejsx/send';
import { exitCodeOf, reportError, UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { type JournalRequest, type JournalState, JournalWriter, pendingChunks, RETRY_KEY_LIFETIME_MS, readJournal } from '../journal.ts';
import { progressBar } from '../progress.ts';
import { planRecipients, type RecipientFlags } from '../recipients.ts';
import { type Stopper, stopOnSignals } from '../signals.ts';
import { count } from '../words.ts';
import type { SendSummary } from './summary.ts';

const COMMAND = 'send multicast';

/** A new multicast: what to send, to whom, and where its journal goes. */
export interface NewMulticast {
  readonly request: JournalRequest;
  readonly flags: RecipientFlags;
  /** `--journal`, else a name made from the command. */
  readonly journal: string | undefined;
  readonly force: boolean;
  /** With `--emulator`: a journal in the temporary directory, removed at the end whatever happens. */
  readonly throwaway: boolean;
}

/**
 * What identifies "the same command": the messages, the options that change the requests, and
 * where the recipients come from. Its hash names the default journal.
 */
function fingerprint(io: CliIo, multicast: NewMulticast): string {
  const { request, flags } = multicast;
  const recipients = { to: flags.to, toFile: flags.toFile.map((file) => (file === '-' ? '-' : resolve(io.cwd, file))) };
  return createHash('sha256').update(JSON.stringify({ request, recipients })).digest('hex');
}

/** The journal's path for a new multicast. */
function journalPath(io: CliIo, multicast: NewMulticast, command: string): string {
  if (multicast.throwaway) return join(tmpdir(), `linejsx-emulator-${process.pid}-${randomUUID()}.journal`);
  return resolve(io.cwd, multicast.journal ?? `linejsx-multicast-${command.slice(0, 12)}.journal`);
}

/** How to name a journal in a message: as given, or relative to where the command runs. */
function shown(io: CliIo, file: string): string {
  return file.startsWith(`${io.cwd}/`) ? file.slice(io.cwd.length + 1) : file;
}

/**
 * A journal left at the place of a new one: refused when requests may have gone out from it,
 * unless `--force`; one whose plan never reached the disk sent nothing, and is replaced.
 */
async function clearWay(io: CliIo, file: string, force: boolean): Promise<void> {
  if (!existsSync(file)) return;
  let state: JournalState | undefined;
  try {
    state = await readJournal(file);
  } catch {
    state = undefined;
  }
  const name = shown(io, file);
  if (state?.planned && !force) {
    const left = state.chunks - state.sent.size;
    throw new UsageError(
      `the journal of this multicast is still there (${name}): ${count(left)} of its ${count(state.chunks)} requests may not have been sent. ` +
        `Finish it with: linejsx send multicast --resume ${name}\n` +
        '(or start over with --force: the recipients it reached would get the messages a second time)',
      COMMAND,
    );
  }
  if (state?.planned)
    io.stderr(io.err.yellow(`--force: starting over; ${name} is replaced, and recipients it reached get the messages again`));
  else if (state) io.stderr(io.err.dim(`${name} was never completed, so nothing was sent from it: it is replaced`));
  else if (!force)
    throw new UsageError(
      `${name} is in the way and is not a journal of linejsx send multicast: move it, or add --force to replace it`,
      COMMAND,
    );
  rmSync(file, { force: true });
}

/** What a run of requests from the journal came to. */
interface Outcome {
  sent: number;
  failed: number;
  requestIds: string[];
  firstError: Error | undefined;
}

/** Sends the journal's pending requests, appending each outcome; resolves with how it went. */
async function sendFromJournal(
  io: CliIo,
  client: LineClient,
  state: JournalState,
  journal: JournalWriter,
  stopper: Stopper,
): Promise<Outcome & ChunksRun> {
  const outcome: Outcome = { sent: state.sentRecipients, failed: 0, requestIds: [], firstError: undefined };
  const bar = progressBar(io, 'multicast');
  let done = state.sent.size;
  const draw = () =>
    bar.update(
      outcome.sent + outcome.failed,
      state.recipients,
      `${count(outcome.sent + outcome.failed)}/${count(state.recipients)} recipients · ${done}/${state.chunks} requests`,
    );
  const onChunk = (chunk: MulticastChunk) => {
    journal.outcome(chunk);
    done++;
    if (chunk.status === 'sent') {
      outcome.sent += chunk.to.length;
      if (chunk.requestId) outcome.requestIds.push(chunk.requestId);
    } else {
      outcome.failed += chunk.to.length;
      // An abort by a signal is not the error to report.
      if (!stopper.signal.aborted) outcome.firstError ??= chunk.error;
    }
    draw();
  };
  try {
    const { request } = state;
    const run = await client.multicastChunks(pendingChunks(state), request.messages as Message[], {
      ...(request.notificationDisabled !== undefined ? { notificationDisabled: request.notificationDisabled } : {}),
      ...(request.customAggregationUnits ? { customAggregationUnits: request.customAggregationUnits } : {}),
      signal: stopper.signal,
      onChunk,
    });
    return { ...outcome, ...run, firstError: outcome.firstError ?? run.stoppedBy };
  } finally {
    bar.end();
  }
}

/** Fills the summary, says what is left and how to finish it, and returns the exit code. */
function finish(
  io: CliIo,
  state: JournalState,
  journal: JournalWriter,
  result: Outcome,
  stopper: Stopper,
  summary: SendSummary,
  context: { readonly baseUrl: string; readonly throwaway: boolean; readonly afterSummary: Array<() => void> },
): number {
  const left = state.recipients - result.sent;
  Object.assign(summary, {
    ok: left === 0,
    recipients: state.recipients,
    sent: result.sent,
    failed: left,
    requestIds: result.requestIds,
  });
  if (state.duplicates > 0)
    io.stderr(io.err.dim(`${count(state.duplicates)} recipient IDs were given more than once; each is sent to once`));
  if (left === 0) {
    // Removed once the summary is out: killed before, the journal says all was sent; after, the summary does.
    context.afterSummary.push(() => journal.remove());
    return EXIT.ok;
  }
  if (context.throwaway) {
    journal.remove();
    return stopper.code() ?? (result.firstError ? exitCodeOf(result.firstError) : EXIT.api);
  }
  journal.close();
  const name = shown(io, state.file);
  summary.journal = name;
  const stoppedBy = stopper.code();
  if (result.firstError && stoppedBy === undefined) reportError(io, result.firstError, { command: COMMAND, baseUrl: context.baseUrl });
  io.stderr(
    `${io.err.yellow('!')} ${count(left)} of ${count(state.recipients)} recipients were not reached${stoppedBy !== undefined ? ' (stopped)' : ''}. ` +
      `The journal ${name} keeps them with their retry keys; send to them once, and only once, with:\n  linejsx send multicast --resume ${name}`,
  );
  return stoppedBy ?? (result.firstError ? exitCodeOf(result.firstError) : EXIT.api);
}

/**
 * A new multicast: refuses to start over a journal that may have sent, writes the journal with
 * the plan (and syncs it) before the first request, then sends from it.
 *
 * @example
 * const code = await startMulticast(io, client, { request, flags, journal: undefined, force: false, throwaway: false }, summary, { baseUrl, afterSummary });
 */
export async function startMulticast(
  io: CliIo,
  client: LineClient,
  multicast: NewMulticast,
  summary: SendSummary,
  context: { readonly baseUrl: string; readonly afterSummary: Array<() => void> },
): Promise<number> {
  const command = fingerprint(io, multicast);
  const file = journalPath(io, multicast, command);
  if (!multicast.throwaway) await clearWay(io, file, multicast.force);
  const stopper = stopOnSignals(io, 'the multicast');
  try {
    const journal = JournalWriter.create(file, command, multicast.request, new Date());
    let state: JournalState;
    try {
      const planned = await planRecipients(io, multicast.flags, COMMAND, (to) => journal.chunk(randomUUID(), to), stopper.signal);
      const code = stopper.code();
      if (code !== undefined) {
        journal.remove();
        io.stderr(io.err.yellow('stopped while reading the recipients: nothing was sent'));
        Object.assign(summary, { ok: false, sent: 0 });
        return code;
      }
      const plannedAt = new Date();
      journal.planned(planned, plannedAt);
      state = {
        file,
        command,
        request: multicast.request,
        planned: true,
        ...planned,
        plannedAt,
        sent: new Set(),
        sentRecipients: 0,
        failures: new Map(),
      };
    } catch (error) {
      // Nothing was sent from a plan that never reached its end.
      journal.remove();
      throw error;
    }
    const result = await sendFromJournal(io, client, state, journal, stopper);
    return finish(io, state, journal, result, stopper, summary, { ...context, throwaway: multicast.throwaway });
  } finally {
    stopper.dispose();
  }
}

/**
 * `--resume JOURNAL`: the requests of the journal LINE has not accepted, under their keys. A
 * journal whose keys are older than LINE remembers is refused unless `ignoreAge`.
 *
 * @example
 * const code = await resumeMulticast(io, client, 'linejsx-multicast-3f2a9c.journal', false, summary, { baseUrl, afterSummary });
 */
export async function resumeMulticast(
  io: CliIo,
  client: LineClient,
  given: string,
  ignoreAge: boolean,
  summary: SendSummary,
  context: { readonly baseUrl: string; readonly afterSummary: Array<() => void> },
): Promise<number> {
  const file = resolve(io.cwd, given);
  if (!existsSync(file)) throw new UsageError(`--resume ${given}: no such file`, COMMAND);
  const state = await readJournal(file);
  if (!state.planned)
    throw new UsageError(
      `--resume ${given}: its plan was never completed, so nothing was sent from it; run the multicast again (it replaces this journal)`,
      COMMAND,
    );
  const age = Date.now() - state.plannedAt!.getTime();
  if (age > RETRY_KEY_LIFETIME_MS && !ignoreAge) {
    throw new UsageError(
      `--resume ${given}: these requests were first sent ${Math.floor(age / 3_600_000)} hours ago, and LINE forgets retry keys after 24 hours, so a request LINE took before its answer was lost would be delivered twice. Add --ignore-age to send anyway`,
      COMMAND,
    );
  }
  summary.messages = state.request.messages.length;
  const stopper = stopOnSignals(io, 'the multicast');
  try {
    const journal = JournalWriter.append(file);
    journal.resumed(new Date());
    const result = await sendFromJournal(io, client, state, journal, stopper);
    return finish(io, state, journal, result, stopper, summary, { ...context, throwaway: false });
  } finally {
    stopper.dispose();
  }
}
