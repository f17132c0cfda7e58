/**
 * `linejsx campaign status ID`: on a terminal, a live progress bar (sent, failed, pending, rate,
 * ETA) until the campaign ends or Ctrl+C; otherwise (or with `--json`) one line of JSON, and with
 * `--wait` the line once the campaign has ended.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type CampaignStatus, campaignStatus, type Redis } from '@linejsx/campaign';
import { defineCommand } from '../command.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress.ts';
import { count } from '../words.ts';
import { campaignIdOf, REDIS_HELP, REDIS_OPTIONS, withRedis } from './common.ts';

const COMMAND = 'campaign status';

export const STATUS_USAGE = `Usage: linejsx campaign status ID [--json] [--wait]

Where a campaign stands. On a terminal: a live progress bar (sent, failed, pending, the rate of the
last 10 seconds, and the time left at that rate) until the campaign ends, or Ctrl+C. Otherwise, or
with --json: one line of JSON { id, name, state, pausedReason, recipients, delivered, failed,
review, cancelled, pending, duplicates, jobs, rate, eta, … }.

Options:
  --json               JSON, even on a terminal
  --wait               wait until the campaign has ended (done or cancelled), then print it
${REDIS_HELP}
  -h, --help           show this

"delivered" counts what LINE accepted (a 409 for a retry key it had accepted before counts too);
"review" what may or may not have been delivered and can no longer be retried safely.

Exit codes: 0 reported, 2 wrong usage or no such campaign, 6 Redis could not be reached.`;

const OPTIONS = { json: { type: 'boolean' }, wait: { type: 'boolean' }, ...REDIS_OPTIONS } as const;

const ENDED = new Set(['done', 'cancelled']);
const REFRESH = 500;

/** The JSON of a status: the campaign's settings (without internals) and its counts. */
function statusJson(status: CampaignStatus): Record<string, unknown> {
  const { meta, delivered, failed, review, cancelled, pending, jobs, rate, eta } = status;
  return {
    id: meta.id,
    name: meta.name,
    state: meta.state,
    ...(meta.pausedReason ? { pausedReason: meta.pausedReason } : {}),
    channel: meta.channel,
    design: meta.design.file,
    audience: meta.audience,
    recipients: meta.recipients,
    duplicates: meta.duplicates,
    delivered,
    failed,
    review,
    cancelled,
    pending,
    jobs,
    rate: Math.round(rate),
    eta: eta === undefined ? null : Math.round(eta),
    createdAt: new Date(meta.createdAt).toISOString(),
    ...(meta.startedAt ? { startedAt: new Date(meta.startedAt).toISOString() } : {}),
    ...(meta.finishedAt ? { finishedAt: new Date(meta.finishedAt).toISOString() } : {}),
  };
}

/** `12 s`, `4 min 10 s`, `1 h 5 min`. */
function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The counts: sent, failed, (review, cancelled,) pending. */
function counts(status: CampaignStatus): string[] {
  const parts = [`sent ${count(status.delivered)}`, `failed ${count(status.failed)}`];
  if (status.review) parts.push(`review ${count(status.review)}`);
  if (status.cancelled) parts.push(`cancelled ${count(status.cancelled)}`);
  parts.push(`pending ${count(status.pending)}`);
  return parts;
}

/** The words after the bar: the counts, the rate, and the time left (or why there is none). */
function words(status: CampaignStatus): string {
  const { state } = status.meta;
  const left = state === 'running' ? (status.eta === undefined ? 'ETA unknown' : `ETA ${duration(status.eta)}`) : state;
  return [...counts(status), `${count(Math.round(status.rate))}/s`, left].join(' · ');
}

/** One line for the end of a live view. */
function summary(io: CliIo, status: CampaignStatus): string {
  const { meta } = status;
  const { green, yellow, bold } = io.err;
  const mark = meta.state === 'done' && status.failed + status.review === 0 ? green('✓') : yellow('!');
  const reason = meta.pausedReason ? `: ${meta.pausedReason}` : '';
  return `${mark} campaign ${bold(meta.id)} ${meta.state}${reason} · ${counts(status).join(' · ')}`;
}

async function live(io: CliIo, redis: Redis, id: string): Promise<void> {
  const bar = progressBar(io, `campaign ${id}`);
  let stop = false;
  const interrupt = () => {
    stop = true;
  };
  process.once('SIGINT', interrupt);
  let status = await campaignStatus(redis, id);
  try {
    while (!stop && !ENDED.has(status.meta.state)) {
      bar.update(status.meta.recipients - status.pending, status.meta.recipients, words(status));
      await sleep(REFRESH);
      status = await campaignStatus(redis, id);
    }
  } finally {
    process.removeListener('SIGINT', interrupt);
    bar.end();
  }
  io.stderr(summary(io, status));
}

export const statusCommand = defineCommand({
  name: COMMAND,
  usage: STATUS_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    const id = campaignIdOf(positionals, COMMAND);
    return withRedis(io, values.redis, async (redis) => {
      if (io.stderrIsTTY && !values.json) {
        await live(io, redis, id);
        return EXIT.ok;
      }
      let status = await campaignStatus(redis, id);
      while (values.wait && !ENDED.has(status.meta.state)) {
        await sleep(REFRESH);
        status = await campaignStatus(redis, id);
      }
      io.stdout(JSON.stringify(statusJson(status)));
      return EXIT.ok;
    });
  },
});
