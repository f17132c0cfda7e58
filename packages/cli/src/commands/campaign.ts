/**
 * `linejsx campaign start|worker|status|pause|resume|cancel|report`: personalised sends to any
 * number of recipients, through `@linejsx/campaign` (BullMQ and Redis). Each subcommand's module
 * loads only when it runs.
 */
import type { Command } from '../command.ts';
import { reportError, UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';

const SUBCOMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  start: async () => (await import('../campaign/start.ts')).startCommand,
  worker: async () => (await import('../campaign/worker.ts')).workerCommand,
  status: async () => (await import('../campaign/status.ts')).statusCommand,
  pause: async () => (await import('../campaign/control.ts')).pauseCommand,
  resume: async () => (await import('../campaign/control.ts')).resumeCommand,
  cancel: async () => (await import('../campaign/control.ts')).cancelCommand,
  report: async () => (await import('../campaign/report.ts')).reportCommand,
};

const USAGE = `Usage: linejsx campaign SUBCOMMAND [options]

Personalised sends to any number of recipients that survive crashes and share the work across
workers: jobs in Redis (BullMQ), sent by workers on any number of machines within LINE's rate
limits, each request under a retry key made once, so LINE delivers every message once.

  linejsx campaign start DESIGN.tsx --audience FILE   check, plan and queue; prints the campaign ID
  linejsx campaign worker [--concurrency N]           send campaigns until stopped (run several)
  linejsx campaign status ID                          progress: sent, failed, pending, rate, ETA
  linejsx campaign pause ID | resume ID               stop sending, and go on
  linejsx campaign cancel ID                          stop for good; what was not sent never will be
  linejsx campaign report ID                          every recipient's outcome (CSV or JSON lines)

linejsx campaign SUBCOMMAND --help shows its options. Redis is REDIS_URL (or --redis URL); workers
take tokens from LINE_TOKEN or a --tokens file, never from Redis. docs/campaigns.md says what is
guaranteed and what happens on each failure.

Exit codes: 0 done, 1 invalid audience or messages, 2 wrong usage, 3 LINE answered with an error,
4 LINE could not be reached, 5 the design could not be loaded or run, 6 Redis could not be reached.`;

export const campaignCommand: Command = {
  usage: USAGE,
  async run(args, io) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const load = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!load) {
      const error = new UsageError(
        name === undefined
          ? `which? linejsx campaign ${Object.keys(SUBCOMMANDS).join('|')}`
          : `"${name}" is not a campaign subcommand; they are ${Object.keys(SUBCOMMANDS).join(', ')}`,
        'campaign',
      );
      return reportError(io, error, { command: 'campaign' });
    }
    return (await load()).run(rest, io);
  },
};
