/** `linejsx campaign pause|resume|cancel ID`: steer a campaign; the workers follow within a second. */
import { cancelCampaign, pauseCampaign, resumeCampaign } from '@linejsx/campaign';
import { type Command, defineCommand } from '../command.ts';
import { EXIT } from '../exit.ts';
import { plural } from '../words.ts';
import { campaignIdOf, REDIS_HELP, REDIS_OPTIONS, withRedis } from './common.ts';

const OPTIONS = { json: { type: 'boolean' }, ...REDIS_OPTIONS } as const;

const OPTIONS_HELP = `Options:
  --json               print { ok, id, state, … } on stdout
${REDIS_HELP}
  -h, --help           show this`;

const EXITS = 'Exit codes: 0 done, 2 wrong usage, no such campaign, or a campaign that has ended, 6 Redis could not be reached.';

export const PAUSE_USAGE = `Usage: linejsx campaign pause ID

Pauses a campaign: no worker starts another of its jobs; the requests in flight end. Resume it
with linejsx campaign resume ID. Workers pause a campaign themselves when nothing more can be sent
(LINE refused the token, the monthly quota is used up, the design renders differently than when
the campaign started); status says why.

${OPTIONS_HELP}

${EXITS}`;

export const RESUME_USAGE = `Usage: linejsx campaign resume ID

Resumes a paused campaign where it stopped; its unsent jobs keep their retry keys. Campaigns of one
channel run one at a time, the oldest first: a resumed campaign waits for an older one that runs.

${OPTIONS_HELP}

${EXITS}`;

export const CANCEL_USAGE = `Usage: linejsx campaign cancel ID

Cancels a campaign: nothing more is sent (within a second: the requests in flight end), and every
recipient not reached gets the outcome "cancelled" in linejsx campaign report; one that an earlier
attempt may have reached (its answer never came) gets "review". It can not be undone. If cancel is
interrupted, run it again: it finishes what was left.

${OPTIONS_HELP}

${EXITS}`;

export const pauseCommand: Command = defineCommand({
  name: 'campaign pause',
  usage: PAUSE_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    const id = campaignIdOf(positionals, 'campaign pause');
    await withRedis(io, values.redis, (redis) => pauseCampaign(redis, id));
    if (values.json) io.stdout(JSON.stringify({ ok: true, id, state: 'paused' }));
    io.stderr(`${io.err.green('✓')} paused campaign ${id} (linejsx campaign resume ${id} goes on)`);
    return EXIT.ok;
  },
});

export const resumeCommand: Command = defineCommand({
  name: 'campaign resume',
  usage: RESUME_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    const id = campaignIdOf(positionals, 'campaign resume');
    await withRedis(io, values.redis, (redis) => resumeCampaign(redis, id));
    if (values.json) io.stdout(JSON.stringify({ ok: true, id, state: 'running' }));
    io.stderr(`${io.err.green('✓')} resumed campaign ${id}`);
    return EXIT.ok;
  },
});

export const cancelCommand: Command = defineCommand({
  name: 'campaign cancel',
  usage: CANCEL_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    const id = campaignIdOf(positionals, 'campaign cancel');
    const result = await withRedis(io, values.redis, (redis) => cancelCampaign(redis, id));
    if (values.json) io.stdout(JSON.stringify({ ok: true, id, state: 'cancelled', cancelled: result.cancelled, review: result.review }));
    io.stderr(
      `${io.err.green('✓')} cancelled campaign ${id}: ${plural(result.cancelled, 'recipient')} not sent` +
        (result.review ? `, ${plural(result.review, 'recipient')} to review (an attempt may have reached them)` : ''),
    );
    return EXIT.ok;
  },
});
