/**
 * The journal of a multicast: what it will send, written before it sends anything, and what came
 * of each request, appended as it comes. One JSON object a line:
 *
 * ```
 * {"journal":"linejsx-multicast","version":1,"command":"…","createdAt":"…","request":{"messages":[…]}}
 * {"chunk":0,"retryKey":"…","to":["U…",…]}          one line per request, each with its own retry key
 * {"planned":{"chunks":2,"recipients":600,"duplicates":0},"at":"…"}   then fsync: only now is anything sent
 * {"sent":1,"n":100,"requestId":"…"}                 as each answer comes (written at once, so it
 * {"failed":0,"n":500,"code":"server_error","message":"…"}   outlives a killed process)
 * {"resumed":"…"}
 * ```
 *
 * Nothing is sent before the plan is on disk, so after SIGKILL or a power cut every request that
 * may have gone out is in the journal with its key: `--resume` sends the others, and those again
 * whose outcome never reached the disk, under the same keys, which LINE answers with 409 instead of
 * a second delivery (for 24 hours). The token is never written.
 */
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { type Message, validateMessages } from '@linejsx/schema';
import { type MulticastChunk, type PlannedChunk, RETRY_KEY } from '@linejsx/send';
import { DesignError, UsageError } from './errors.ts';
import { lines } from './lines.ts';

const FORMAT = 'linejsx-multicast';
/** Chunk lines are ~18 KB; the header holds up to five messages of up to 50 KB. */
const LONGEST_LINE = 4_000_000;

/** LINE remembers a retry key for 24 hours (`D:retrying-api-request`). */
export const RETRY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** What a multicast sends, as the journal's first line keeps it. */
export interface JournalRequest {
  readonly messages: readonly Message[];
  readonly notificationDisabled?: boolean;
  readonly customAggregationUnits?: readonly string[];
}

/** What a journal says so far. */
export interface JournalState {
  readonly file: string;
  /** The fingerprint of the command that wrote it. */
  readonly command: string;
  readonly request: JournalRequest;
  /** The whole plan reached the disk: requests may have been sent from it. */
  readonly planned: boolean;
  readonly chunks: number;
  readonly recipients: number;
  readonly duplicates: number;
  /** When the plan was complete: the keys were first used after this. */
  readonly plannedAt: Date | undefined;
  /** Chunks LINE accepted, and the recipients in them. */
  readonly sent: ReadonlySet<number>;
  readonly sentRecipients: number;
  /** The last error of each chunk that failed and was not sent since. */
  readonly failures: ReadonlyMap<number, { readonly code: string; readonly message: string }>;
}

type Line = Record<string, unknown>;

/**
 * A journal being written. Created with O_EXCL: two commands never write one journal from the
 * start. Every line is written at once (what is written outlives a killed process); `planned`
 * syncs the plan to disk before anything is sent.
 */
export class JournalWriter {
  private chunks = 0;

  private constructor(
    readonly file: string,
    private fd: number | undefined,
  ) {}

  /**
   * A new journal at `file` with its first line; a `UsageError` when one is there already.
   *
   * @example
   * const journal = JournalWriter.create('linejsx-multicast-3f2a.journal', fingerprint, { messages });
   */
  static create(file: string, command: string, request: JournalRequest, now: Date): JournalWriter {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError(`the journal ${file} appeared while this started: is the same multicast running elsewhere?`, 'send multicast');
      throw new UsageError(`the journal ${file} can not be written: ${(error as Error).message}`, 'send multicast');
    }
    const writer = new JournalWriter(file, fd);
    writer.line({ journal: FORMAT, version: 1, command, createdAt: now.toISOString(), request });
    return writer;
  }

  /**
   * A journal to go on with (`--resume`): outcomes are appended.
   *
   * @example
   * const journal = JournalWriter.append(state.file);
   */
  static append(file: string): JournalWriter {
    return new JournalWriter(file, openSync(file, 'a'));
  }

  /** Plans one request with its retry key: written at once (no growing buffer), synced by `planned`. */
  chunk(retryKey: string, to: readonly string[]): void {
    this.line({ chunk: this.chunks++, retryKey, to });
  }

  /** Writes the end of the plan, and makes sure the whole plan is on disk. */
  planned(count: { readonly chunks: number; readonly recipients: number; readonly duplicates: number }, now: Date): void {
    this.line({ planned: count, at: now.toISOString() });
    fsyncSync(this.fd!);
  }

  /** One request's outcome; `failed` keeps the error's code and first line (never a token: errors hold none). */
  outcome(chunk: MulticastChunk): void {
    if (chunk.status === 'sent') {
      this.line({
        sent: chunk.index,
        n: chunk.to.length,
        ...(chunk.requestId ? { requestId: chunk.requestId } : {}),
        ...(chunk.acceptedRequestId ? { accepted: chunk.acceptedRequestId } : {}),
      });
    } else {
      const error = chunk.error;
      const code = (error as { code?: unknown } | undefined)?.code;
      this.line({
        failed: chunk.index,
        n: chunk.to.length,
        code: typeof code === 'string' ? code : (error?.name ?? 'unknown'),
        message: error?.message.split('\n')[0] ?? '',
      });
    }
  }

  /** Notes a resume. */
  resumed(now: Date): void {
    this.line({ resumed: now.toISOString() });
  }

  /** Syncs what was written to disk and closes the file. */
  close(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** Closes and deletes the journal: everything was sent, or nothing was. */
  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.file, { force: true });
  }

  /** Written through one buffer used again: a copy per line would come and go faster than it is collected. */
  private bytes = Buffer.allocUnsafe(1 << 16);

  private line(value: Line): void {
    const text = `${JSON.stringify(value)}\n`;
    if (Buffer.byteLength(text) > this.bytes.length) this.bytes = Buffer.allocUnsafe(Buffer.byteLength(text) * 2);
    const n = this.bytes.write(text);
    writeSync(this.fd!, this.bytes, 0, n);
  }
}

const damaged = (file: string, why: string) => new DesignError(`--resume ${file} is not a journal of linejsx send multicast: ${why}`);

/** Lines as JSON; a last line cut short (the process died while writing it) is left out. */
async function* entries(file: string, only?: (text: string) => boolean): AsyncGenerator<{ value: Line; number: number }> {
  let previous: { text: string; number: number } | undefined;
  const parse = (line: { text: string; number: number }): Line => {
    try {
      const value = JSON.parse(line.text) as unknown;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Line;
    } catch {}
    throw damaged(file, `line ${line.number} is not one of its lines`);
  };
  for await (const line of lines(file, LONGEST_LINE)) {
    if (line.cut) throw damaged(file, `line ${line.number} is too long`);
    if (previous && (!only || only(previous.text))) yield { value: parse(previous), number: previous.number };
    previous = line;
  }
  if (previous && (!only || only(previous.text))) {
    let value: Line;
    try {
      value = parse(previous);
    } catch {
      return;
    }
    yield { value, number: previous.number };
  }
}

const isChunkLine = (text: string) => text.startsWith('{"chunk":');

/**
 * Reads what a journal says (every line but the plan's requests). A `DesignError` for a file that
 * is not a journal, or a damaged one.
 *
 * @example
 * const state = await readJournal('linejsx-multicast-3f2a.journal');
 * state.chunks - state.sent.size; // requests still to send
 */
export async function readJournal(file: string): Promise<JournalState> {
  let header: Line | undefined;
  let planned: Line | undefined;
  let plannedAt: Date | undefined;
  let chunks = 0;
  const sent = new Set<number>();
  let sentRecipients = 0;
  const failures = new Map<number, { code: string; message: string }>();
  const notChunk = (text: string) => {
    if (!isChunkLine(text)) return true;
    chunks++;
    return false;
  };
  for await (const { value, number } of entries(file, notChunk)) {
    if (number === 1) {
      if (value.journal !== FORMAT || value.version !== 1)
        throw damaged(file, 'its first line is not a linejsx-multicast journal, version 1');
      header = value;
    } else if (typeof value.planned === 'object' && value.planned !== null) {
      planned = value.planned as Line;
      plannedAt = new Date(String(value.at));
    } else if (typeof value.sent === 'number') {
      if (!sent.has(value.sent)) sentRecipients += Number(value.n) || 0;
      sent.add(value.sent);
      failures.delete(value.sent);
    } else if (typeof value.failed === 'number' && !sent.has(value.failed)) {
      failures.set(value.failed, { code: String(value.code), message: String(value.message) });
    }
  }
  if (!header) throw damaged(file, 'it has no journal header');
  const request = header.request as JournalRequest | undefined;
  const checked = validateMessages(request?.messages);
  if (!checked.ok) throw damaged(file, `its messages are not valid: ${checked.issues[0]!.path}: ${checked.issues[0]!.message}`);
  if (planned && (Number(planned.chunks) !== chunks || (plannedAt && Number.isNaN(plannedAt.getTime()))))
    throw damaged(file, `it plans ${String(planned.chunks)} requests and holds ${chunks}`);
  return {
    file,
    command: String(header.command),
    request: { ...request, messages: checked.value },
    planned: planned !== undefined,
    chunks,
    recipients: Number(planned?.recipients ?? 0),
    duplicates: Number(planned?.duplicates ?? 0),
    plannedAt,
    sent,
    sentRecipients,
    failures,
  };
}

/**
 * The planned requests LINE has not accepted yet, read from the journal one by one.
 *
 * @example
 * await line.multicastChunks(pendingChunks(state), state.request.messages, { onChunk: (o) => journal.outcome(o) });
 */
export async function* pendingChunks(state: JournalState): AsyncGenerator<PlannedChunk> {
  let expected = 0;
  for await (const { value, number } of entries(state.file, isChunkLine)) {
    const { chunk, retryKey, to } = value;
    if (chunk !== expected++ || typeof retryKey !== 'string' || !RETRY_KEY.test(retryKey) || !Array.isArray(to))
      throw damaged(state.file, `line ${number} is not a planned request`);
    if (!state.sent.has(chunk)) yield { index: chunk, retryKey, to: to as string[] };
  }
}
