/**
 * `npm create linejsx my-bot` (the `create-linejsx` bin): a new LINE bot project with a TSX
 * message design, its test and story, and a webhook bot.
 */
import { parseArgs } from 'node:util';
import { CREATE_EXIT, createProject } from './create.ts';
import { packageManagerOf } from './install.ts';
import { processIo, type ScaffoldIo } from './io.ts';
import { LINEJSX_VERSION, PACKAGE_MANAGERS, type PackageManager } from './template.ts';

const USAGE = `Usage: npm create linejsx@latest DIRECTORY [-- options]
       create-linejsx DIRECTORY [--pm npm|pnpm|yarn] [--no-install]

Makes a new LINE bot project in DIRECTORY (new or empty; its name becomes the package's):
src/messages/Welcome.tsx (a message design), its test (vitest, @linejsx/testing) and story
(Storybook, @linejsx/storybook), src/bot.ts (a webhook bot that replies with the design), and the
scripts dev, test, storybook, build-storybook and send. Then it installs the dependencies.

Options:
  --pm npm|pnpm|yarn   the package manager to install with and to write commands for
                       (default: the one that runs this, else npm)
  --no-install         write the project only
  -v, --version        this version
  -h, --help           show this

Exit codes: 0 done · 1 the install failed (the project is written) · 2 wrong usage, a directory
that is not empty or a name npm does not take (nothing is written).`;

/**
 * Runs `create-linejsx` with `argv` (without node and the script); resolves to the exit code.
 *
 * @example
 * process.exitCode = await main(['my-bot', '--no-install']);
 */
export async function main(argv: readonly string[], io: ScaffoldIo = processIo()): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage(io, (error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return CREATE_EXIT.ok;
  }
  if (values.version) {
    io.stdout(LINEJSX_VERSION);
    return CREATE_EXIT.ok;
  }
  if (positionals.length !== 1)
    return usage(
      io,
      positionals.length === 0
        ? 'which directory? npm create linejsx@latest my-bot'
        : `one directory, please; got ${positionals.join(' ')}`,
    );
  const pm = values.pm ?? packageManagerOf(io.env);
  if (!PACKAGE_MANAGERS.includes(pm as PackageManager)) return usage(io, `--pm is npm, pnpm or yarn; got ${pm}`);
  return createProject({ dir: positionals[0]!, pm: pm as PackageManager, install: !values['no-install'] }, io);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      pm: { type: 'string' },
      'no-install': { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: ScaffoldIo, message: string): number {
  io.stderr(`create-linejsx: ${message} (create-linejsx --help)`);
  return CREATE_EXIT.usage;
}
