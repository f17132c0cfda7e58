/** What every `linejsx` command is: its help, and a function from arguments to an exit code. */
import type { CliIo } from './io.ts';

export interface Command {
  /** What `linejsx NAME --help` prints. */
  readonly usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
