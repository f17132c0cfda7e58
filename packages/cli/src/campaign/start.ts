/**
 * `linejsx campaign start DESIGN --audience FILE`: checks the audience and every recipient's
 * messages, queues the campaign in Redis and prints its ID. Nothing is sent here: workers send it.
 */
import { readFileSync } from 'node:fs';
import { type Audience, type AudienceEntry, type AudienceProblem, fileAudience, listAudience, startCampaign } from '@linejsx/campaign';
import { defineCommand } from '../command.ts';
import { connect, EMULATOR_HELP, EMULATOR_OPTIONS } from '../connection.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { existingFile } from '../input.ts';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress.ts';
import { count, plural } from '../words.ts';
import { channelOf, REDIS_HELP, REDIS_OPTIONS, withRedis } from './common.ts';
import { campaignDesign, designPath } from './design.ts';

const COMMAND = 'campaign start';

export const START_USAGE = `Usage: linejsx campaign start DESIGN.tsx --audience FILE [options]

Checks the audience and renders and validates every recipient's messages, then queues the campaign
in Redis and prints its ID on stdout. Nothing is sent by this command: workers send it
(linejsx campaign worker), on this machine or others, within LINE's rate limits.

Audience (one of):
  --audience FILE      one recipient a line: an ID (U, C or R and 32 hex digits; blank lines and
                       # comments skipped), or a JSON line {"to": "U…", "props": {…}}. A malformed
                       line refuses the whole audience (every one listed with its line number);
                       an ID given again is left out and counted.
  --all-followers      every follower of the channel (LINE's followers API)

Options:
  --name NAME          a name for status and report (default: the design and the audience)
  --channel ID         the channel's ID, which workers map to its token (default: LINE_CHANNEL_ID,
                       else "default"; "emulator" with --emulator)
  --export NAME        the design's export (default: the default export, else the only one)
  --props JSON         props for recipients without their own, as JSON or @file.json (default: the
                       component's sample); a JSON line's props are laid over them
  --notification-disabled   deliver without a notification
  --aggregation-unit NAME   a customAggregationUnit for LINE's statistics
  --no-rate-limit      no rate limit: for load tests against an emulator, never against LINE
  --json               print { id, recipients, duplicates, invalid, … } instead of the ID alone
${REDIS_HELP}
Connection (for --all-followers only):
${EMULATOR_HELP}
  -h, --help           show this

Recipients whose messages are identical go out as multicasts of up to 500; the others as pushes.
A recipient whose props make the design invalid fails alone (see linejsx campaign report); if
every recipient's messages are invalid, nothing is queued. Jobs hold the rendered messages:
workers need no design. Each recipient is rendered twice, and a design that gives the same props
different messages (Date.now(), Math.random()) is refused: a retry must send the same bytes.

Exit codes: 0 queued, 1 a malformed audience, invalid messages for every recipient, or a design
that renders the same props differently (nothing queued), 2 wrong usage, 3 LINE answered with an error (--all-followers), 4 LINE could not be
reached, 5 the design could not be loaded or run, 6 Redis could not be reached.`;

const OPTIONS = {
  audience: { type: 'string' },
  'all-followers': { type: 'boolean' },
  name: { type: 'string' },
  channel: { type: 'string' },
  export: { type: 'string' },
  props: { type: 'string' },
  'notification-disabled': { type: 'boolean' },
  'aggregation-unit': { type: 'string' },
  'no-rate-limit': { type: 'boolean' },
  json: { type: 'boolean' },
  ...REDIS_OPTIONS,
  ...EMULATOR_OPTIONS,
} as const;

/** `--props`: JSON text, or `@file.json`. */
function commonProps(io: CliIo, option: string | undefined): Record<string, unknown> | undefined {
  if (option === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(option.startsWith('@') ? existingFileText(io, option.slice(1)) : option);
  } catch (error) {
    throw new UsageError(`--props is not JSON: ${(error as Error).message}`, COMMAND);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError('--props must be a JSON object', COMMAND);
  return json as Record<string, unknown>;
}

function existingFileText(io: CliIo, file: string): string {
  return readFileSync(existingFile(io, file, COMMAND, '--props @'), 'utf8');
}

/**
 * Each entry with the props its recipient's messages are rendered from: its own laid over the
 * common ones, or the common ones (the same object for all, rendered once), or none for a design
 * that takes none (and then a line with props is a mistake).
 */
function withProps(audience: Audience, component: boolean, common: unknown): Audience {
  return {
    label: audience.label,
    async *entries() {
      for await (const entry of audience.entries()) {
        if ('problem' in entry) {
          yield entry;
          continue;
        }
        if (!component) {
          if (entry.props !== undefined)
            throw new UsageError(`${entry.where} has props, but the design is not a component: it sends the same messages to all`, COMMAND);
          yield entry;
          continue;
        }
        const props = entry.props === undefined ? common : { ...(common as object), ...(entry.props as object) };
        yield { ...entry, props } satisfies AudienceEntry | AudienceProblem;
      }
    },
  };
}

export const startCommand = defineCommand({
  name: COMMAND,
  usage: START_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io, context) {
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? 'which design? linejsx campaign start DESIGN.tsx --audience FILE'
          : `one design, please; got ${positionals.join(' ')}`,
        COMMAND,
      );
    const file = positionals[0]!;
    if ((values.audience === undefined) === (values['all-followers'] !== true))
      throw new UsageError('who to? give --audience FILE or --all-followers (one of them)', COMMAND);
    const channel = channelOf(io, values.channel, values.emulator === true, COMMAND);
    const common = commonProps(io, values.props);
    const { factory, design } = await campaignDesign(io, file, values.export, COMMAND);
    if (!factory.component && common !== undefined) throw new UsageError(`--props is for components; ${factory.label} is not one`, COMMAND);
    const audiencePath = values.audience === undefined ? undefined : existingFile(io, values.audience, COMMAND, '--audience');

    return withRedis(io, values.redis, async (redis) => {
      let audience: Audience;
      if (audiencePath !== undefined) audience = fileAudience(values.audience!, audiencePath);
      else {
        const connection = await connect(io, values, COMMAND);
        context.baseUrl = connection.baseUrl;
        try {
          const ids: string[] = [];
          for await (const id of connection.client.followerIds({ limit: 1000 })) ids.push(id);
          audience = listAudience('followers', ids);
        } finally {
          await connection.close();
        }
      }
      const bar = progressBar(io, 'campaign');
      const started = await startCampaign({
        redis,
        design,
        designRef: { file: designPath(io, file), ...(values.export !== undefined ? { exportName: values.export } : {}) },
        audience: withProps(audience, factory.component !== undefined, common ?? (factory.component ? (factory.sample ?? {}) : undefined)),
        channel,
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values['no-rate-limit'] ? { rateLimits: false as const } : {}),
        ...(values['notification-disabled'] ? { notificationDisabled: true } : {}),
        ...(values['aggregation-unit'] !== undefined ? { customAggregationUnits: [values['aggregation-unit']] } : {}),
        onProgress: (p) => bar.update(p.done, p.total ?? p.done, `${p.phase} ${count(p.done)} recipients`),
      }).finally(() => bar.end());

      const { invalid } = started;
      if (values.json) {
        io.stdout(JSON.stringify({ ok: true, ...started, invalid: invalid.length, invalidRecipients: invalid.slice(0, 100) }));
      } else io.stdout(started.id);
      const { green, yellow, bold, dim } = io.err;
      const pushed = started.recipients - invalid.length - started.multicastRecipients;
      io.stderr(
        `${green('✓')} campaign ${bold(started.id)} queued: ${plural(started.recipients, 'recipient')}` +
          (started.duplicates ? ` (${plural(started.duplicates, 'duplicate')} left out)` : ''),
      );
      io.stderr(
        `  ${count(pushed)} by push in ${plural(started.pushJobs, 'job')}, ${count(started.multicastRecipients)} by multicast in ${plural(started.multicastJobs, 'job')}; channel ${channel}`,
      );
      if (invalid.length > 0) {
        io.stderr(
          `${yellow('!')} ${plural(invalid.length, 'recipient')} failed: their messages are invalid (linejsx campaign report ${started.id} lists them all)`,
        );
        for (const outcome of invalid.slice(0, 3)) io.stderr(`  ${outcome.where}: ${outcome.error?.message.split('\n').join('\n    ')}`);
      }
      io.stderr(dim(`Workers send it: linejsx campaign worker · progress: linejsx campaign status ${started.id}`));
      return EXIT.ok;
    });
  },
});
