/**
 * Where a command writes and what it reads from its environment. `CommandIo` is the plain part
 * (lines, environment, directory); `CliIo` adds what only a terminal has.
 */
import { type Styles, styles } from './style.ts';

/** Where a command writes, and what it reads from its environment. */
export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** A `CommandIo` with raw writes, terminal facts and colours. */
export interface CliIo extends CommandIo {
  /** Writes to stdout as it is (HTML, JSON, anything not line by line). */
  readonly write: (text: string) => void;
  /** Writes to stderr as it is (a progress bar redraws its line with `\r`). */
  readonly writeErr: (text: string) => void;
  /** stderr is a terminal: progress bars go there, and only then. */
  readonly stderrIsTTY: boolean;
  /** Colours for stdout and for stderr, each on only where that stream shows them. */
  readonly out: Styles;
  readonly err: Styles;
  readonly stdin: NodeJS.ReadableStream;
}

/**
 * The io of the running process.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  const env = process.env;
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    env,
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
    out: styles(process.stdout.isTTY === true, env),
    err: styles(process.stderr.isTTY === true, env),
    stdin: process.stdin,
  };
}
