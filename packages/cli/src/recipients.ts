/**
 * Recipients from the command line: `--to ID` (repeated, or comma-separated) and `--to-file FILE`
 * (one ID a line; blank lines and `#` comments skipped; `-` reads stdin), read line by line, so
 * that ten million IDs take the memory of a few thousand. Duplicates are sent to once: IDs are
 * spread by a hash over 256 buckets, which spill to temporary files past a few hundred thousand,
 * and each bucket is de-duplicated on its own. Every malformed ID is reported with its file and
 * line (the first hundred, and how many more), and nothing is planned then.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineValidationError, type ValidationIssue } from '@linejsx/schema';
import { CHAT_ID, MULTICAST_CHUNK, USER_ID } from '@linejsx/send';
import { DesignError, UsageError } from './errors.ts';
import { existingFile } from './input.ts';
import type { CliIo } from './io.ts';
import { lines } from './lines.ts';
import { count } from './words.ts';

/** Who a send may go to: a user (multicast), or a user, group or room (push). */
export type RecipientKind = 'user' | 'chat';

const SHAPES = {
  user: { pattern: USER_ID, words: 'a user ID (U followed by 32 lowercase hex digits)' },
  chat: { pattern: CHAT_ID, words: 'a user, group or room ID (U, C or R followed by 32 lowercase hex digits)' },
} as const;

/** `--to` and `--to-file` as given. */
export interface RecipientFlags {
  readonly to: readonly string[];
  readonly toFile: readonly string[];
}

/** What planning found: distinct recipients, the IDs given more than once, and the requests. */
export interface RecipientCount {
  readonly recipients: number;
  readonly duplicates: number;
  readonly chunks: number;
}

/** Malformed IDs listed one by one; the others are counted. */
const LISTED = 100;
/** Longer lines are no ID: only their beginning is read. */
const LONGEST_LINE = 1024;
const BUCKETS = 256;
/** IDs kept in memory before the buckets spill to files (3.3 MB). */
const IN_MEMORY = 100_000;
/** Once spilled, a bucket is written out when it holds this many (256 × 400 × 33 bytes: 3.4 MB). */
const FLUSH = 400;

/** One ID as it was given, and where. */
interface Given {
  readonly id: string;
  readonly where: () => string;
}

async function* given(io: CliIo, flags: RecipientFlags, command: string, stop: AbortSignal | undefined): AsyncGenerator<Given> {
  for (const [i, flag] of flags.to.entries()) {
    for (const id of flag.split(',')) if (id.trim() !== '') yield { id: id.trim(), where: () => `--to #${i + 1}` };
  }
  for (const file of flags.toFile) {
    const name = file === '-' ? 'stdin' : file;
    const source = file === '-' ? io.stdin : existingFile(io, file, command, '--to-file');
    for await (const line of lines(source, LONGEST_LINE)) {
      if (stop?.aborted) return;
      const id = line.text.trim();
      if (id !== '' && !id.startsWith('#')) yield { id: line.cut ? `${id}…` : id, where: () => `${name}:${line.number}` };
    }
  }
}

/** The bytes of an ID: `U` and 32 hex digits. */
const ID_BYTES = 33;

/** FNV-1a over `length` bytes of `bytes` from `at` (or a string's char codes), from `basis`. */
function fnv(read: (i: number) => number, length: number, basis: number): number {
  let hash = basis;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ read(i), 0x01000193);
  return hash >>> 0;
}

/** The bucket of an ID: spreads any set of IDs evenly, whatever they have in common. */
const bucketOf = (id: string) => fnv((i) => id.charCodeAt(i), id.length, 0x811c9dc5) % BUCKETS;

/**
 * IDs spread over buckets as bytes (33 each: no string per ID stays alive, which would fill the
 * heap with garbage old enough to linger), in memory until there are many, then in files.
 */
class Buckets {
  private memory: Buffer[] = Array.from({ length: BUCKETS }, () => Buffer.allocUnsafe(ID_BYTES * 16));
  private readonly used = new Array<number>(BUCKETS).fill(0);
  private held = 0;
  private dir: string | undefined;
  private readonly files: Array<number | undefined> = [];

  add(id: string): void {
    const b = bucketOf(id);
    let bucket = this.memory[b]!;
    if (this.used[b]! + ID_BYTES > bucket.length) {
      if (this.dir !== undefined) this.write(b);
      else {
        const grown = Buffer.allocUnsafe(bucket.length * 2);
        bucket.copy(grown, 0, 0, this.used[b]);
        this.memory[b] = bucket = grown;
      }
    }
    bucket.write(id, this.used[b]!, 'latin1');
    this.used[b]! += ID_BYTES;
    this.held++;
    if (this.dir === undefined && this.held > IN_MEMORY) this.spill();
  }

  /** Hands `each` every distinct ID, bucket after bucket: one bucket in memory at a time, in buffers used again. */
  forEachDistinct(each: (id: string) => void): void {
    const set = new DistinctSet();
    let file = Buffer.alloc(0);
    for (let b = 0; b < BUCKETS; b++) {
      let bytes = this.memory[b]!.subarray(0, this.used[b]);
      if (this.files[b] !== undefined) {
        this.write(b);
        const fd = this.files[b]!;
        const size = fstatSync(fd).size;
        if (file.length < size) file = Buffer.allocUnsafe(size);
        readSync(fd, file, 0, size, 0);
        bytes = file.subarray(0, size);
      }
      this.memory[b] = Buffer.alloc(0);
      set.forEach(bytes, each);
    }
  }

  /** Removes the files. */
  dispose(): void {
    for (const fd of this.files) if (fd !== undefined) closeSync(fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
  }

  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'linejsx-recipients-'));
    for (let b = 0; b < BUCKETS; b++) {
      this.write(b);
      this.memory[b] = Buffer.allocUnsafe(ID_BYTES * FLUSH);
    }
  }

  private write(b: number): void {
    if (this.used[b] === 0) return;
    const fd = (this.files[b] ??= openSync(join(this.dir!, String(b)), 'a+'));
    writeSync(fd, this.memory[b]!, 0, this.used[b]);
    this.held -= this.used[b]! / ID_BYTES;
    this.used[b] = 0;
  }
}

/**
 * The distinct IDs of 33-byte records, in the order first met: an open-addressing hash set of
 * record numbers over the bytes themselves (its table used again from bucket to bucket), so that
 * only the IDs handed on become strings.
 */
class DistinctSet {
  private table = new Int32Array(0);

  forEach(bytes: Buffer, each: (id: string) => void): void {
    const n = bytes.length / ID_BYTES;
    let size = 16;
    while (size < n * 2) size *= 2;
    if (this.table.length < size) this.table = new Int32Array(size);
    const table = this.table.subarray(0, size).fill(-1);
    for (let i = 0; i < n; i++) {
      const at = i * ID_BYTES;
      // Another basis than the bucket's: the IDs of a bucket share its hash modulo 256.
      let slot = fnv((k) => bytes[at + k]!, ID_BYTES, 0x9747b28c) & (size - 1);
      for (;;) {
        const other = table[slot]!;
        if (other < 0) {
          table[slot] = i;
          each(bytes.toString('latin1', at, at + ID_BYTES));
          break;
        }
        if (bytes.compare(bytes, other * ID_BYTES, other * ID_BYTES + ID_BYTES, at, at + ID_BYTES) === 0) break;
        slot = (slot + 1) & (size - 1);
      }
    }
  }
}

function malformed(g: Given, words: string): ValidationIssue {
  return {
    path: g.where(),
    code: 'invalid_format',
    message: `${JSON.stringify(g.id.length > 40 ? `${g.id.slice(0, 37)}…` : g.id)} is not ${words}`,
  };
}

/**
 * Reads every recipient of `--to` and `--to-file`, checks each ID, and hands `onChunk` the distinct
 * IDs in requests of at most 500 (in the order of their buckets, not the order given). Throws a
 * `LineValidationError` listing malformed IDs with where they were given, and a `DesignError` when
 * there is no recipient at all, before `onChunk` is called. `stop` ends the reading early (the
 * count is then of what was read).
 *
 * @example
 * const { recipients } = await planRecipients(io, { to: [], toFile: ['followers.txt'] }, 'send multicast', (to) => journal.chunk(to));
 */
export async function planRecipients(
  io: CliIo,
  flags: RecipientFlags,
  command: string,
  onChunk: (to: readonly string[]) => void,
  stop?: AbortSignal,
): Promise<RecipientCount> {
  const buckets = new Buckets();
  try {
    const issues: ValidationIssue[] = [];
    let bad = 0;
    let valid = 0;
    for await (const g of given(io, flags, command, stop)) {
      if (USER_ID.test(g.id)) {
        valid++;
        buckets.add(g.id);
      } else if (++bad <= LISTED) issues.push(malformed(g, SHAPES.user.words));
    }
    if (bad > LISTED)
      issues.push({ path: '', code: 'invalid_format', message: `and ${count(bad - LISTED)} more IDs that are not user IDs` });
    if (issues.length > 0) throw new LineValidationError(issues, 'the recipients');
    if (valid === 0 && !stop?.aborted) throw noRecipients(flags);
    let recipients = 0;
    let chunks = 0;
    let chunk: string[] = [];
    buckets.forEachDistinct((id) => {
      recipients++;
      chunk.push(id);
      if (chunk.length === MULTICAST_CHUNK) {
        onChunk(chunk);
        chunks++;
        chunk = [];
      }
    });
    if (chunk.length > 0) {
      onChunk(chunk);
      chunks++;
    }
    return { recipients, duplicates: valid - recipients, chunks };
  } finally {
    buckets.dispose();
  }
}

function noRecipients(flags: RecipientFlags): DesignError {
  const files = flags.toFile.map((f) => (f === '-' ? 'stdin' : f));
  return new DesignError(
    files.length > 0
      ? `no recipients: ${files.join(' and ')} ${files.length === 1 ? 'has' : 'have'} no user ID (only blank lines and # comments), so nothing would be sent`
      : 'no recipients: --to gives no user ID',
  );
}

/**
 * The one chat a push goes to: `--to ID` or a file with one ID in it. A `UsageError` for more
 * than one, a `LineValidationError` for a malformed one.
 *
 * @example
 * await pushRecipient(io, { to: ['U4af4980629…'], toFile: [] }, 'send push'); // 'U4af4980629…'
 */
export async function pushRecipient(io: CliIo, flags: RecipientFlags, command: string): Promise<string> {
  const ids = new Set<string>();
  for await (const g of given(io, flags, command, undefined)) {
    if (!SHAPES.chat.pattern.test(g.id)) throw new LineValidationError([malformed(g, SHAPES.chat.words)], 'the recipient');
    ids.add(g.id);
    if (ids.size > 1) throw new UsageError('push sends to one chat; for several users use send multicast', command);
  }
  const [id] = ids;
  if (id === undefined) throw noRecipients(flags);
  return id;
}
