/**
 * The `linejsx` command line: one module per command (`commands/…`), help for each, and exit codes
 * that say what happened (`exit.ts`).
 */
import { readFileSync } from 'node:fs';
import type { Command } from './command.ts';
import { EXIT } from './exit.ts';
import { type CliIo, processIo } from './io.ts';

/** A command as `linejsx --help` lists it; its module loads only when it runs (a command starts fast). */
interface CommandEntry {
  readonly name: string;
  /** How it is called: `render FILE.tsx`. */
  readonly synopsis: string;
  /** What it is for, in one line. */
  readonly summary: string;
  load(): Promise<Command>;
}

/** Every command, in the order `linejsx --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'init',
    synopsis: 'init',
    summary: 'add linejsx to this project: tsconfig keys, vitest setup, a sample design',
    load: async () => (await import('./commands/init.ts')).initCommand,
  },
  {
    name: 'render',
    synopsis: 'render FILE.tsx',
    summary: 'print the validated LINE JSON a design renders to',
    load: async () => (await import('./commands/render.ts')).renderCommand,
  },
  {
    name: 'validate',
    synopsis: 'validate FILE',
    summary: "check a design or LINE JSON against LINE's rules (--remote: at LINE too)",
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
  {
    name: 'preview',
    synopsis: 'preview FILE',
    summary: 'draw a design as the LINE app does: an HTML page, or a PNG through Chromium',
    load: async () => (await import('./commands/preview.ts')).previewCommand,
  },
  {
    name: 'send',
    synopsis: 'send KIND FILE',
    summary: 'push, reply, multicast, broadcast or narrowcast a design (or --dry-run)',
    load: async () => (await import('./commands/send.ts')).sendCommand,
  },
  {
    name: 'import',
    synopsis: 'import FILE.json',
    summary: 'turn LINE JSON (Flex Message Simulator, messages, rich menus) into TSX',
    load: async () => (await import('./commands/import.ts')).importCommand,
  },
  {
    name: 'doctor',
    synopsis: 'doctor',
    summary: 'check a channel: token, bot, messages left this month, webhook',
    load: async () => (await import('./commands/doctor.ts')).doctorCommand,
  },
  {
    name: 'emulator',
    synopsis: 'emulator',
    summary: 'run a local LINE API with a chat view of what was sent',
    load: async () => (await import('./commands/emulator.ts')).emulatorCommand,
  },
  {
    name: 'richmenu',
    synopsis: 'richmenu deploy FILE.tsx',
    summary: 'deploy the rich menus a TSX file exports: create, image, alias, default',
    load: async () => (await import('./commands/richmenu.ts')).richMenuCommand,
  },
  {
    name: 'campaign',
    synopsis: 'campaign start FILE.tsx',
    summary: 'personalised sends to millions on Redis: start, worker, status, pause, resume, cancel, report',
    // @linejsx/campaign (BullMQ, ioredis) is an optional peer: most projects never run a campaign.
    load: async () => {
      const { loadOptional } = await import('./optional-dependency.ts');
      await loadOptional(
        () => import('@linejsx/campaign'),
        '@linejsx/campaign',
        'campaign',
        'linejsx campaign needs @linejsx/campaign: npm install @linejsx/campaign (it brings BullMQ and ioredis; see its README)',
      );
      return (await import('./commands/campaign.ts')).campaignCommand;
    },
  },
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.synopsis.length));
  return `linejsx ${version()}: LINE messages and rich menus as TSX; render, validate, preview, send.

Usage: linejsx COMMAND [options]

Commands:
${COMMANDS.map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary}`).join('\n')}

linejsx COMMAND --help shows a command's options.

Environment:
  LINE_TOKEN           the channel access token (or --token-file FILE); never printed
  LINE_API_BASE_URL    a LINE-compatible API instead of https://api.line.me (or --base-url URL)
  REDIS_URL            the Redis of linejsx campaign (or --redis URL)
  NO_COLOR, FORCE_COLOR   colours are on only on a terminal, unless these say otherwise

Exit codes:
  0 done · 1 invalid design or JSON · 2 wrong usage · 3 LINE answered with an error ·
  4 LINE could not be reached · 5 the file could not be loaded or run (it does not compile or
  parse, or it throws) · 6 Redis could not be reached (campaign) · 70 a bug in linejsx · 130 interrupted`;
}

/**
 * Runs `linejsx` with `argv` (without node and the script) and returns the exit code.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(version());
    return EXIT.ok;
  }
  if (name === 'help' && rest.length === 0) {
    io.stdout(usage());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === (name === 'help' ? rest[0] : name));
  if (!entry) return unknown(io, name === 'help' ? rest[0]! : name);
  try {
    const command = await entry.load();
    return await command.run(name === 'help' ? ['--help'] : rest, io);
  } catch (error) {
    // Commands report their own errors; what reaches here is a bug, said with its stack. Loaded
    // here, not above: it brings the client and the schemas, which --version and --help do not need.
    const { reportError } = await import('./errors.ts');
    return reportError(io, error, { command: name });
  }
}

function unknown(io: CliIo, name: string): number {
  io.stderr(`linejsx: unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (linejsx --help)`);
  return EXIT.usage;
}
