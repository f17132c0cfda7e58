/**
 * `linejsx campaign worker`: sends campaigns until stopped. Run one per machine or several per
 * machine, against the same Redis; they share the work and the channel's rate limit. Ctrl+C (or
 * SIGTERM) lets the jobs in flight finish, then exits; a second one exits at once.
 */

import { type CampaignMeta, redisLabel, runWorker, type WorkerEvent } from '@linejsx/campaign';
import type { Emulator } from '@linejsx/emulator';
import { defineCommand } from '../command.ts';
import { apiBaseUrl } from '../connection.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { wholeNumber } from '../options.ts';
import { count, plural } from '../words.ts';
import { REDIS_HELP, REDIS_OPTIONS, redisUrl } from './common.ts';
import { workerTokens } from './tokens.ts';

const COMMAND = 'campaign worker';

export const WORKER_USAGE = `Usage: linejsx campaign worker [--concurrency N] [options]

Sends the campaigns in Redis until stopped (Ctrl+C or SIGTERM: the jobs in flight finish first; a
second Ctrl+C stops at once). Start as many as you like, here or on other machines: they share the
work, and BullMQ keeps every channel within LINE's rate limits across all of them. A worker that
dies mid-job (kill -9, a lost machine) loses nothing: another one takes its jobs over and sends
them again under the same retry keys, and LINE delivers each message once.

Workers need no design files: every job holds the messages it sends, rendered and checked by
campaign start. Tokens come from this machine, never from Redis:
  --tokens FILE        a JSON file {"CHANNEL_ID": "TOKEN", …} (or LINE_TOKENS_FILE): the worker
                       sends for these channels
  LINE_TOKEN (or --token-file FILE) with --channel ID (or LINE_CHANNEL_ID, else "default"):
                       one channel

Options:
  --concurrency N      jobs at once (default 10; a push job is 10 requests at once)
  --timeout MS         how long to wait for each of LINE's answers (default 30000)
  --stalled-after S    seconds before the jobs of a worker that vanished go to another (default 30)
  --base-url URL       a LINE-compatible API instead of https://api.line.me (or LINE_API_BASE_URL)
  --emulator           start a local LINE emulator and send the "emulator" channel's campaigns to
                       it (campaign start --emulator); its chat view shows what arrived
${REDIS_HELP}
  -h, --help           show this

If Redis goes away, the worker says so, waits, and goes on when it is back.

Exit codes: 0 stopped, 2 wrong usage (no token, a bad tokens file), 130 stopped by a second Ctrl+C.`;

const OPTIONS = {
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'stalled-after': { type: 'string' },
  tokens: { type: 'string' },
  'token-file': { type: 'string' },
  channel: { type: 'string' },
  'base-url': { type: 'string' },
  emulator: { type: 'boolean' },
  ...REDIS_OPTIONS,
} as const;

/** What the worker says on stderr, one line per event; retries are summed up once a second. */
function logger(io: CliIo): { event(event: WorkerEvent): void; stop(): void } {
  const { dim, yellow, green } = io.err;
  const say = (line: string) => io.stderr(`${dim('[worker]')} ${line}`);
  let retries = 0;
  let lastReason = '';
  let locks = 0;
  const timer = setInterval(() => {
    if (retries > 0) say(`${yellow(plural(retries, 'job'))} will be tried again (LINE failed or could not be reached: ${lastReason})`);
    if (locks > 0)
      say(
        `${yellow(plural(locks, 'job'))} went to another worker (their lock expired while Redis was away): sent again under the same retry keys`,
      );
    retries = 0;
    locks = 0;
  }, 1000);
  timer.unref();
  return {
    event(event) {
      switch (event.kind) {
        case 'redis':
          say(
            event.link.kind === 'lost'
              ? yellow(`Redis is unreachable (${event.link.reason}); waiting for it`)
              : green('Redis is back; going on'),
          );
          break;
        case 'serving':
          say(`sending campaign ${describe(event.campaign)}`);
          break;
        case 'left':
          say(`left campaign ${event.campaign} (${event.state})`);
          break;
        case 'rate_limited':
          say(yellow(`LINE answered 429 (too many requests): campaign ${event.campaign} pauses ${count(event.pause)} ms, on every worker`));
          break;
        case 'paused':
          say(yellow(`paused campaign ${event.campaign}: ${event.reason}`));
          break;
        case 'retry':
          retries++;
          lastReason = event.reason;
          break;
        case 'lock_lost':
          locks++;
          break;
        case 'error':
          say(yellow(event.message));
          break;
      }
    },
    stop: () => clearInterval(timer),
  };
}

const describe = (meta: CampaignMeta) => `${meta.id} "${meta.name}" (channel ${meta.channel}, ${plural(meta.recipients, 'recipient')})`;

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const first = () => {
      process.once('SIGINT', () => process.exit(EXIT.interrupted));
      process.once('SIGTERM', () => process.exit(EXIT.interrupted));
      resolve();
    };
    process.once('SIGINT', first);
    process.once('SIGTERM', first);
  });
}

export const workerCommand = defineCommand({
  name: COMMAND,
  usage: WORKER_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`campaign worker takes no arguments; got ${positionals.join(' ')}`, COMMAND);
    const concurrency = wholeNumber('concurrency', values.concurrency, COMMAND, 1);
    const timeout = wholeNumber('timeout', values.timeout, COMMAND, 1);
    const stalledAfter = wholeNumber('stalled-after', values['stalled-after'], COMMAND, 1);
    const url = redisUrl(io, values.redis);
    let emulator: Emulator | undefined;
    let tokens: Map<string, string>;
    let baseUrl: string;
    if (values.emulator) {
      if (values['base-url'] !== undefined || values.tokens !== undefined || values['token-file'] !== undefined)
        throw new UsageError('--emulator is where to send, with its own token; leave out --base-url, --tokens and --token-file', COMMAND);
      // Loaded only here: a worker that sends to LINE does not carry the emulator.
      const { startEmulator } = await import('@linejsx/emulator');
      emulator = await startEmulator({ followers: 0 });
      tokens = new Map([[values.channel ?? 'emulator', emulator.token]]);
      baseUrl = emulator.url;
    } else {
      tokens = workerTokens(io, values, COMMAND);
      baseUrl = apiBaseUrl(io, values['base-url'], COMMAND);
    }
    const log = logger(io);
    const worker = runWorker({
      redisUrl: url,
      tokenFor: (channel) => tokens.get(channel),
      baseUrl,
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      ...(stalledAfter !== undefined ? { stalledAfter: stalledAfter * 1000 } : {}),
      onEvent: log.event,
    });
    io.stderr(
      `${io.err.dim('[worker]')} waiting for campaigns of ${[...tokens.keys()].map((c) => `channel ${c}`).join(', ')} in Redis at ${redisLabel(url)}; sending to ${baseUrl}` +
        (emulator ? `\n${io.err.dim('[worker]')} emulator chat view: ${emulator.url}/` : ''),
    );
    await stopSignal();
    io.stderr(`${io.err.dim('[worker]')} stopping: the jobs in flight finish first (Ctrl+C again to stop at once)`);
    await worker.close();
    log.stop();
    await emulator?.stop();
    return EXIT.ok;
  },
});
