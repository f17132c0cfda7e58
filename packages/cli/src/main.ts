/**
 * The `linejsx` command line: dispatches to one module per command (`commands/…`). Only
 * `richmenu` exists so far; the other commands of the design brief come next to it.
 */
import { richMenuCommand, type CommandIo } from './commands/richmenu.ts';

const USAGE = `Usage: linejsx COMMAND …

Commands:
  richmenu deploy FILE.tsx   deploy the rich menus a TSX file exports (linejsx richmenu deploy --help)`;

/**
 * Runs `linejsx` with `argv` (without node and the script) and returns the exit code.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'richmenu') return await richMenuCommand(rest, io);
  } catch (error) {
    // Anything else (a TSX file that does not compile, a component that throws) is said, not dumped.
    io.stderr(`linejsx: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`linejsx: unknown command "${command}"\n${USAGE}`);
  return 2;
}

function processIo(): CommandIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
