/**
 * A file (or stdin) line by line, in flat memory whatever it holds: a line longer than the
 * reader's `max` keeps its first `max` bytes and says it was longer, so a binary file with no line
 * break in it costs `max` bytes, not its size.
 */
import { createReadStream } from 'node:fs';

/** One line, without its line break (`\n` or `\r\n`). */
export interface Line {
  readonly text: string;
  /** From 1. */
  readonly number: number;
  /** The line was longer than `max` bytes: `text` is its beginning. */
  readonly cut: boolean;
}

/**
 * The lines of `source` (a path, or a stream such as stdin), each at most `max` bytes long.
 *
 * @example
 * for await (const line of lines('followers.txt', 1024)) console.log(line.number, line.text);
 */
export async function* lines(source: string | NodeJS.ReadableStream, max: number): AsyncGenerator<Line> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  let kept: Buffer[] = [];
  let size = 0;
  let cut = false;
  let number = 0;
  const take = (part: Buffer) => {
    const room = max - size;
    if (part.length > room) cut = true;
    const piece = part.length > room ? part.subarray(0, room) : part;
    if (piece.length > 0) {
      kept.push(piece);
      size += piece.length;
    }
  };
  const line = (): Line => {
    let text = Buffer.concat(kept).toString('utf8');
    if (text.endsWith('\r') && !cut) text = text.slice(0, -1);
    const done = { text, number: ++number, cut };
    kept = [];
    size = 0;
    cut = false;
    return done;
  };
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    let start = 0;
    for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, start)) {
      if (size === 0 && !cut && end - start <= max) {
        // The whole line is in this chunk, the usual case: decoded where it is, with no copy.
        const text = chunk.toString('utf8', start, end > start && chunk[end - 1] === 13 ? end - 1 : end);
        yield { text, number: ++number, cut: false };
      } else {
        take(chunk.subarray(start, end));
        yield line();
      }
      start = end + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || cut) yield line();
}
