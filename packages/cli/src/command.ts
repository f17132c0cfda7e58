/**
 * What every `linejsx` command is, and the one way commands are defined: options parsed, `--help`
 * answered, and whatever the body throws reported with its exit code.
 */
import type { ParseArgsConfig } from 'node:util';
import { reportError } from './errors.ts';
import { EXIT } from './exit.ts';
import type { CliIo } from './io.ts';
import { parseCommand } from './options.ts';

export interface Command {
  /** What `linejsx NAME --help` prints. */
  readonly usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** What a command's body learns as it runs, for the report of an error it throws. */
export interface RunContext {
  /** The command as the user would type it, once known (`send multicast`), for `--help` hints. */
  command: string;
  /** The API it talks to, once connected, for hints about connections. */
  baseUrl?: string;
}

type Descriptors = NonNullable<ParseArgsConfig['options']>;

/** The parsed arguments a command body gets. */
export type Parsed<O extends Descriptors> = ReturnType<typeof parseCommand<O>>;

export interface CommandSpec<O extends Descriptors> {
  readonly name: string;
  readonly usage: string;
  readonly options: O;
  /**
   * Takes a command line of its own after `--` (`linejsx emulator -- tsx src/bot.ts`): the words
   * after the first `--` are not parsed and reach the body as `rest`.
   */
  readonly rest?: boolean;
  run(parsed: Parsed<O> & { readonly rest: readonly string[] }, io: CliIo, context: RunContext): Promise<number>;
}

/**
 * A command from its options and body. `-h`/`--help` prints `usage`; an error the body throws is
 * reported (as JSON too when the command has `--json` and it was given) and becomes the exit code.
 *
 * @example
 * export const renderCommand = defineCommand({
 *   name: 'render',
 *   usage: USAGE,
 *   options: { pretty: { type: 'boolean' } },
 *   async run({ values, positionals }, io) { … return EXIT.ok; },
 * });
 */
export function defineCommand<const O extends Descriptors>(spec: CommandSpec<O>): Command {
  return {
    usage: spec.usage,
    async run(args, io) {
      const context: RunContext = { command: spec.name };
      let json = false;
      try {
        const cut = spec.rest ? args.indexOf('--') : -1;
        const rest = cut >= 0 ? args.slice(cut + 1) : [];
        const parsed = { ...parseCommand(cut >= 0 ? args.slice(0, cut) : args, spec.options, spec.name), rest };
        // Every command takes --help; those with --json say so in their options.
        const common = parsed.values as { help?: boolean; json?: boolean };
        json = common.json === true;
        if (common.help) {
          io.stdout(spec.usage);
          return EXIT.ok;
        }
        return await spec.run(parsed, io, context);
      } catch (error) {
        return reportError(io, error, { command: context.command, json, ...(context.baseUrl ? { baseUrl: context.baseUrl } : {}) });
      }
    },
  };
}
