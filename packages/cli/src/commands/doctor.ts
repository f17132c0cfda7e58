/**
 * `linejsx doctor`: is this channel ready to use? Checks the token against `/v2/bot/info`, reports
 * the bot, the quota left this month, the webhook endpoint and LINE's test of it, and says plainly
 * what is wrong and what to do about it.
 */
import { type BotInfo, LineApiError, type LineClient, type WebhookEndpoint, type WebhookTestResult } from '@linejsx/send';
import { defineCommand } from '../command.ts';
import { connect, EMULATOR_HELP, EMULATOR_OPTIONS } from '../connection.ts';
import { apiHint, exitCodeOf, UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { count } from '../words.ts';

const USAGE = `Usage: linejsx doctor [--json] [--base-url URL] [--token-file FILE]

Checks a channel the way LINE sees it, and says what is wrong:
  - the channel access token (GET /v2/bot/info): accepted, and which bot it belongs to;
  - the messages left this month (the quota and what was used of it);
  - the webhook: whether a URL is set and on, and whether LINE reaches it (LINE's webhook test,
    which sends your server a signed request with no events).

Options:
  --json               print the findings as JSON on stdout
${EMULATOR_HELP}
  -h, --help           show this

Exit codes: 0 all is well, 2 no token given, 3 something is wrong (a refused token, no webhook,
a webhook LINE can not reach, no messages left), 4 the API could not be reached (or what answered is not LINE).`;

type Status = 'ok' | 'warn' | 'fail';

interface Finding {
  readonly check: 'token' | 'quota' | 'webhook';
  readonly status: Status;
  readonly message: string;
  /** What to do about it. */
  readonly fix?: string;
}

interface Report {
  ok: boolean;
  api: string;
  bot?: BotInfo;
  quota?: { limit: number | null; used: number; left: number | null };
  webhook?: WebhookEndpoint & { test?: WebhookTestResult };
  findings: Finding[];
}

const CONSOLE = 'the LINE Developers console (your channel, Messaging API tab)';

/** LINE's reasons for a failed webhook test, in words (`S:TestWebhookEndpointResponse.reason`). */
function webhookFailure(test: WebhookTestResult): string {
  switch (test.reason) {
    case 'COULD_NOT_CONNECT':
      return `LINE could not connect to it${test.detail ? ` (${test.detail})` : ''}: is the server running, and reachable from the internet over https?`;
    case 'REQUEST_TIMEOUT':
      return "it did not answer within LINE's time limit: answer the webhook at once with 200, and do slow work after";
    case 'ERROR_STATUS_CODE':
      return `it answered ${test.statusCode}; LINE needs 200${test.statusCode === 401 || test.statusCode === 403 ? ' (does it check the signature with the right channel secret?)' : ''}`;
    default:
      return `LINE's test failed: ${test.reason}${test.detail ? ` (${test.detail})` : ''}`;
  }
}

async function checkQuota(client: LineClient, report: Report): Promise<void> {
  try {
    const [quota, used] = await Promise.all([client.quota(), client.quotaConsumption()]);
    const limit = quota.type === 'limited' ? (quota.value ?? 0) : null;
    const left = limit === null ? null : Math.max(0, limit - used.totalUsage);
    report.quota = { limit, used: used.totalUsage, left };
    if (left === null)
      report.findings.push({
        check: 'quota',
        status: 'ok',
        message: `no monthly limit; ${count(used.totalUsage)} messages sent this month`,
      });
    else if (left === 0)
      report.findings.push({
        check: 'quota',
        status: 'fail',
        message: `no messages left this month: all ${count(limit!)} are used`,
        fix: 'replies are free; for more, upgrade the plan in LINE Official Account Manager',
      });
    else
      report.findings.push({
        check: 'quota',
        status: left < limit! / 10 ? 'warn' : 'ok',
        message: `${count(left)} of ${count(limit!)} messages left this month (${count(used.totalUsage)} used)`,
      });
  } catch (error) {
    if (!(error instanceof LineApiError) || exitCodeOf(error) === EXIT.network) throw error;
    report.findings.push({ check: 'quota', status: 'warn', message: `the quota could not be read: ${error.message}` });
  }
}

/** The webhook setting, or undefined when none is set (LINE answers 404: its answer has no form for "none"). */
async function webhookOf(client: LineClient): Promise<WebhookEndpoint | undefined> {
  try {
    return await client.webhook.get();
  } catch (error) {
    if (error instanceof LineApiError && error.code === 'not_found') return undefined;
    throw error;
  }
}

async function checkWebhook(client: LineClient, report: Report): Promise<void> {
  const webhook = await webhookOf(client);
  if (!webhook?.endpoint) {
    report.findings.push({
      check: 'webhook',
      status: 'fail',
      message: 'no webhook URL is set, so LINE can not tell the bot about messages, follows or postbacks',
      fix: `set the bot's https URL in ${CONSOLE}, or with the API (PUT /v2/bot/channel/webhook/endpoint)`,
    });
    return;
  }
  const entry: NonNullable<Report['webhook']> = { ...webhook };
  report.webhook = entry;
  if (!webhook.active) {
    report.findings.push({
      check: 'webhook',
      status: 'fail',
      message: `the webhook URL ${webhook.endpoint} is set but "Use webhook" is off, so LINE sends it nothing`,
      fix: `turn on "Use webhook" in ${CONSOLE}`,
    });
  }
  const test = await client.webhook.test();
  entry.test = test;
  if (test.success)
    report.findings.push({ check: 'webhook', status: 'ok', message: `${webhook.endpoint}: LINE reached it (${test.statusCode})` });
  else report.findings.push({ check: 'webhook', status: 'fail', message: `${webhook.endpoint}: ${webhookFailure(test)}` });
}

function print(io: CliIo, report: Report): void {
  const { green, yellow, red, bold, dim } = io.out;
  const marks: Record<Status, string> = { ok: green('✓'), warn: yellow('!'), fail: red('✗') };
  io.stdout(`${bold('linejsx doctor')} ${dim(report.api)}`);
  for (const finding of report.findings) {
    io.stdout(`${marks[finding.status]} ${finding.check.padEnd(7)} ${finding.message}`);
    if (finding.fix) io.stdout(`          ${dim(`→ ${finding.fix}`)}`);
  }
  const problems = report.findings.filter((f) => f.status === 'fail').length;
  io.stdout(problems === 0 ? green('All is well.') : red(problems === 1 ? '1 problem to fix.' : `${problems} problems to fix.`));
}

export const doctorCommand = defineCommand({
  name: 'doctor',
  usage: USAGE,
  options: { json: { type: 'boolean' }, ...EMULATOR_OPTIONS },
  async run({ values, positionals }, io, context) {
    if (positionals.length > 0) throw new UsageError(`doctor takes no arguments; got ${positionals.join(' ')}`, 'doctor');
    // One retry: a doctor that hangs for a minute on a dead host helps no one.
    const connection = await connect(io, values, 'doctor', { retry: { retries: 1 }, timeout: 10_000 });
    const api = (context.baseUrl = connection.baseUrl);
    const report: Report = { ok: false, api, findings: [] };
    try {
      try {
        report.bot = await connection.client.botInfo();
        const bot = report.bot;
        report.findings.push({
          check: 'token',
          status: 'ok',
          message: `accepted: the bot ${JSON.stringify(bot.displayName)} (${bot.basicId}, ${bot.userId}), chat mode ${bot.chatMode}`,
        });
      } catch (error) {
        if (!(error instanceof LineApiError) || exitCodeOf(error) === EXIT.network) throw error;
        report.findings.push({
          check: 'token',
          status: 'fail',
          message: error.code === 'unauthorized' ? 'refused by LINE (401)' : error.message,
          fix: apiHint(error, api),
        });
      }
      if (report.bot) {
        await checkQuota(connection.client, report);
        await checkWebhook(connection.client, report);
      }
    } finally {
      await connection.close();
    }
    report.ok = report.findings.every((f) => f.status !== 'fail');
    if (values.json) io.stdout(JSON.stringify(report));
    else print(io, report);
    return report.ok ? EXIT.ok : EXIT.api;
  },
});
