/**
 * `linejsx send push|reply|multicast|broadcast|narrowcast FILE`: renders and validates a design,
 * then sends it through `@linejsx/send` (retry keys, retries, rate limits), and ends with a summary.
 */
import type { Emulator } from '@linejsx/emulator';
import {
  LineApiError,
  type MessagesInput,
  type NarrowcastTarget,
  NarrowcastWaitTimeoutError,
  prepareMessages,
  RETRY_KEY,
} from '@linejsx/send';
import { defineCommand, type Parsed } from '../command.ts';
import { type Connection, connect, EMULATOR_HELP, EMULATOR_OPTIONS } from '../connection.ts';
import { describeRendered, messagesOf } from '../describe.ts';
import { type Design, isRichMenuKind, loadDesign, renderDesign } from '../design.ts';
import { reportError, UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { readText } from '../input.ts';
import type { CliIo } from '../io.ts';
import { duration, wholeNumber } from '../options.ts';
import { planRecipients, pushRecipient, type RecipientFlags } from '../recipients.ts';
import { resumeMulticast, startMulticast } from '../send/multicast.ts';
import { printSummary, SEND_KINDS, type SendKind, type SendSummary } from '../send/summary.ts';
import { count } from '../words.ts';

const USAGE = `Usage: linejsx send KIND FILE [options]

Renders and validates a design (FILE.tsx) or LINE JSON (FILE.json, or - for stdin), then sends it.
Nothing invalid is sent. Every push, multicast, broadcast and narrowcast carries a retry key, so a
retried request is never delivered twice.

  linejsx send push FILE --to ID              to one user, group or room
  linejsx send reply FILE --reply-token TOKEN  to the chat of a webhook event
  linejsx send multicast FILE --to-file ids.txt   to any number of users (500 a request)
  linejsx send multicast --resume FILE        again to the users a multicast did not reach
  linejsx send broadcast FILE                 to every friend of the account
  linejsx send narrowcast FILE [--max N] [--wait]   to friends chosen by audience or demographics

Recipients:
  --to ID              a recipient; repeat it, or give several separated by commas
  --to-file FILE       one ID a line (blank lines and # comments skipped); - reads stdin
  --reply-token TOKEN  the reply token of the event to answer

Options:
  --dry-run            render, validate and plan the requests; send nothing (no token needed)
  --json               print the summary (or the error) as JSON on stdout
  --export NAME        send this export (default: the default export, else the only one)
  --props JSON         props for a component, as JSON or @file.json
  --notification-disabled   deliver without a notification
  --retry-key UUID     the retry key of push, broadcast or narrowcast: repeat a send that may have
                       gone out, and LINE delivers it at most once (for 24 hours)
  --aggregation-unit NAME   a customAggregationUnit for push or multicast statistics
  --retries N          times to repeat a request after a 5xx, a timeout or a lost connection
                       (default 4, with backoff); repeats carry the same retry key

Multicast:
  --journal FILE       where the journal goes: the plan (every request with its retry key), written
                       before anything is sent, and each outcome (default linejsx-multicast-HASH.journal,
                       named after the command; removed once everything is sent)
  --resume FILE        send what a journal has not got through, under the same retry keys
  --force              start over although this multicast's journal is there (its recipients get it again)
  --ignore-age         resume a journal older than 24 hours (LINE may then deliver twice)

Narrowcast:
  --recipient JSON     LINE's recipient object (audiences, redelivery, and/or/not), JSON or @file
  --filter JSON        LINE's filter object ({ "demographic": … }), JSON or @file
  --max N              at most N recipients
  --up-to-remaining-quota  stop at the remaining monthly quota
  --wait               follow the narrowcast until LINE has sent it
  --wait-timeout TIME  stop following after TIME (seconds, or 90s, 10m, 1h; default 10m); exit 4

Connection:
${EMULATOR_HELP}
  -h, --help           show this

With --emulator and no recipients, push goes to the emulator's first follower, multicast to all of
its followers and reply to a fresh reply token of the first follower.

A progress bar shows on stderr for a multicast when stderr is a terminal. Ctrl+C (SIGINT), SIGTERM
or SIGHUP during a multicast stops starting requests; the journal keeps what was not sent, for
--resume. After SIGKILL or a power cut the journal is there too.

Exit codes: 0 sent, 1 invalid design or recipients, 2 wrong usage, 3 LINE answered with an error,
4 LINE could not be reached (or --wait-timeout passed), 5 the file could not be loaded or run,
129, 130, 143 stopped by SIGHUP, SIGINT, SIGTERM.`;

const OPTIONS = {
  to: { type: 'string', multiple: true },
  'to-file': { type: 'string', multiple: true },
  'reply-token': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  export: { type: 'string' },
  props: { type: 'string' },
  'notification-disabled': { type: 'boolean' },
  'retry-key': { type: 'string' },
  'aggregation-unit': { type: 'string' },
  retries: { type: 'string' },
  resume: { type: 'string' },
  journal: { type: 'string' },
  force: { type: 'boolean' },
  'ignore-age': { type: 'boolean' },
  recipient: { type: 'string' },
  filter: { type: 'string' },
  max: { type: 'string' },
  'up-to-remaining-quota': { type: 'boolean' },
  wait: { type: 'boolean' },
  'wait-timeout': { type: 'string' },
  ...EMULATOR_OPTIONS,
} as const;

type Values = Parsed<typeof OPTIONS>['values'];

/** Options that only some kinds take, and which. */
const ONLY: Readonly<Record<string, readonly SendKind[]>> = {
  to: ['push', 'multicast'],
  'to-file': ['push', 'multicast'],
  'reply-token': ['reply'],
  'retry-key': ['push', 'broadcast', 'narrowcast'],
  'aggregation-unit': ['push', 'multicast'],
  resume: ['multicast'],
  journal: ['multicast'],
  force: ['multicast'],
  'ignore-age': ['multicast'],
  recipient: ['narrowcast'],
  filter: ['narrowcast'],
  max: ['narrowcast'],
  'up-to-remaining-quota': ['narrowcast'],
  wait: ['narrowcast'],
  'wait-timeout': ['narrowcast'],
};

function check(kind: SendKind, values: Values): void {
  for (const [option, kinds] of Object.entries(ONLY)) {
    if (values[option as keyof Values] !== undefined && !kinds.includes(kind)) {
      throw new UsageError(`--${option} is for ${kinds.map((k) => `send ${k}`).join(' and ')}`, `send ${kind}`);
    }
  }
  if (values['dry-run'] && values.emulator) throw new UsageError('--dry-run sends nothing, so it needs no --emulator', `send ${kind}`);
  if (values['dry-run'] && values.resume !== undefined)
    throw new UsageError('--dry-run and --resume: a resume sends what was planned before; leave out --dry-run', 'send multicast');
  if (values.resume !== undefined && (values.journal !== undefined || values.force))
    throw new UsageError('--resume goes on with the journal it names; --journal and --force are for a new multicast', 'send multicast');
  if (values['wait-timeout'] !== undefined && !values.wait) throw new UsageError('--wait-timeout is for --wait', `send ${kind}`);
  duration('wait-timeout', values['wait-timeout'], `send ${kind}`);
  // Not echoed: what was passed by mistake (a token?) stays out of the message.
  const key = values['retry-key'];
  if (key !== undefined && !RETRY_KEY.test(key))
    throw new UsageError(
      `--retry-key must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (the key of an earlier send); got ${key.length} characters that are not one`,
      `send ${kind}`,
    );
}

/** JSON text or `@file.json`, for `--recipient` and `--filter`. */
async function jsonOption(io: CliIo, name: string, value: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (value === undefined) return undefined;
  const source = value.startsWith('@') ? await readText(io, value.slice(1), 'send narrowcast', `--${name} @`) : value;
  try {
    const json = JSON.parse(source) as unknown;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('it is not an object');
    return json as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`--${name} is not a JSON object: ${(error as Error).message}`, 'send narrowcast');
  }
}

async function narrowcastTarget(io: CliIo, values: Values): Promise<NarrowcastTarget> {
  const recipient = await jsonOption(io, 'recipient', values.recipient);
  const filter = await jsonOption(io, 'filter', values.filter);
  const max = wholeNumber('max', values.max, 'send narrowcast', 1);
  const limit =
    max !== undefined || values['up-to-remaining-quota']
      ? { ...(max !== undefined ? { max } : {}), ...(values['up-to-remaining-quota'] ? { upToRemainingQuota: true } : {}) }
      : undefined;
  // Unchecked JSON: the client checks recipient and filter before sending.
  return {
    ...(recipient ? { recipient: recipient as NarrowcastTarget['recipient'] & object } : {}),
    ...(filter ? { filter: filter as NarrowcastTarget['filter'] & object } : {}),
    ...(limit ? { limit } : {}),
  };
}

/** The recipients of push and multicast: the flags, or the emulator's followers when there are none. */
function recipientFlags(kind: 'push' | 'multicast', values: Values, emulator: Emulator | undefined): RecipientFlags {
  const flags = { to: values.to ?? [], toFile: values['to-file'] ?? [] };
  if (flags.to.length + flags.toFile.length > 0) return flags;
  if (emulator) return { to: kind === 'push' ? emulator.followers.slice(0, 1) : emulator.followers, toFile: [] };
  throw new UsageError(
    `who to? give --to ID or --to-file FILE${kind === 'push' ? '' : ' (one ID a line)'} (or --emulator to try it locally)`,
    `send ${kind}`,
  );
}

/** The messages to hand the client: the element (so that LINE's answers point at components) or the JSON. */
function input(design: Design): MessagesInput {
  return (design.node ?? messagesOf(design.kind, design.json)) as MessagesInput;
}

/** Sends; fills the summary; returns the exit code. */
async function send(
  io: CliIo,
  kind: SendKind,
  values: Values,
  design: Design | undefined,
  connection: Connection,
  summary: SendSummary,
  afterSummary: Array<() => void>,
): Promise<number> {
  const { client } = connection;
  const common = values['notification-disabled'] ? { notificationDisabled: true } : {};
  const aggregation = values['aggregation-unit'] !== undefined ? { customAggregationUnits: [values['aggregation-unit']] } : {};
  const retryKey = values['retry-key'] !== undefined ? { retryKey: values['retry-key'] } : {};
  switch (kind) {
    case 'push': {
      const to = await pushRecipient(io, recipientFlags('push', values, connection.emulator), 'send push');
      const result = await client.push(to, input(design!), { ...common, ...aggregation, ...retryKey });
      Object.assign(summary, {
        recipients: 1,
        sent: 1,
        requestIds: [result.requestId ?? ''],
        retryKey: result.retryKey,
        ...(result.acceptedRequestId ? { acceptedRequestId: result.acceptedRequestId } : {}),
      });
      return EXIT.ok;
    }
    case 'reply': {
      const token = values['reply-token'] ?? connection.emulator?.replyToken(connection.emulator.followers[0]!);
      if (token === undefined) throw new UsageError('which event? give --reply-token TOKEN (from the webhook event)', 'send reply');
      const result = await client.reply(token, input(design!), common);
      Object.assign(summary, { recipients: 1, sent: 1, requestIds: [result.requestId ?? ''] });
      return EXIT.ok;
    }
    case 'broadcast': {
      const result = await client.broadcast(input(design!), { ...common, ...retryKey });
      Object.assign(summary, {
        recipients: 'all friends',
        requestIds: [result.requestId ?? ''],
        retryKey: result.retryKey,
        ...(result.acceptedRequestId ? { acceptedRequestId: result.acceptedRequestId } : {}),
      });
      return EXIT.ok;
    }
    case 'narrowcast': {
      const result = await client.narrowcast(input(design!), { ...(await narrowcastTarget(io, values)), ...common, ...retryKey });
      Object.assign(summary, { recipients: 'narrowcast', requestIds: [result.requestId ?? ''], retryKey: result.retryKey });
      if (values.wait && result.requestId) {
        const timeout = duration('wait-timeout', values['wait-timeout'], 'send narrowcast');
        try {
          const progress = await client.waitForNarrowcast(result.requestId, timeout === undefined ? {} : { timeout });
          summary.narrowcast = { ...progress };
          if (progress.phase === 'failed') {
            summary.ok = false;
            return EXIT.api;
          }
        } catch (error) {
          if (!(error instanceof NarrowcastWaitTimeoutError)) throw error;
          // Sent, and still going: the summary says how far it got, the exit code that it was not seen to end.
          summary.narrowcast = { ...error.progress };
          summary.ok = false;
          io.stderr(`${io.err.yellow('!')} ${error.message}`);
          return EXIT.network;
        }
      }
      return EXIT.ok;
    }
    case 'multicast': {
      if (values.resume !== undefined)
        return resumeMulticast(io, client, values.resume, values['ignore-age'] === true, summary, {
          baseUrl: connection.baseUrl,
          afterSummary,
        });
      // The messages as they will be sent, rendered once: the journal keeps exactly these.
      const { messages } = prepareMessages(input(design!));
      const request = {
        messages,
        ...(values['notification-disabled'] ? { notificationDisabled: true } : {}),
        ...(values['aggregation-unit'] !== undefined ? { customAggregationUnits: [values['aggregation-unit']] } : {}),
      };
      const flags = recipientFlags('multicast', values, connection.emulator);
      const multicast = {
        request,
        flags,
        journal: values.journal,
        force: values.force === true,
        throwaway: connection.emulator !== undefined,
      };
      return startMulticast(io, client, multicast, summary, { baseUrl: connection.baseUrl, afterSummary });
    }
  }
}

/** A dry run: what would be sent, to how many, in how many requests. */
async function plan(io: CliIo, kind: SendKind, values: Values, summary: SendSummary): Promise<void> {
  summary.dryRun = true;
  if (kind === 'push') {
    await pushRecipient(io, recipientFlags('push', values, undefined), 'send push');
    summary.recipients = 1;
    summary.requests = 1;
  } else if (kind === 'multicast') {
    const planned = await planRecipients(io, recipientFlags('multicast', values, undefined), 'send multicast', () => {});
    summary.recipients = planned.recipients;
    summary.requests = planned.chunks;
    if (planned.duplicates > 0)
      io.stderr(io.err.dim(`${count(planned.duplicates)} recipient IDs were given more than once; each is sent to once`));
  } else {
    if (kind === 'narrowcast') await narrowcastTarget(io, values);
    summary.recipients = kind === 'broadcast' ? 'all friends' : kind === 'narrowcast' ? 'narrowcast' : 1;
    summary.requests = 1;
  }
}

export const sendCommand = defineCommand({
  name: 'send',
  usage: USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io, context) {
    const [kindWord, file, ...extra] = positionals;
    if (kindWord === undefined) throw new UsageError(`send how? linejsx send ${SEND_KINDS.join('|')} FILE`, 'send');
    if (!(SEND_KINDS as readonly string[]).includes(kindWord))
      throw new UsageError(`"${kindWord}" is not a kind of send; the kinds are ${SEND_KINDS.join(', ')}`, 'send');
    const kind = kindWord as SendKind;
    const command = (context.command = `send ${kind}`);
    check(kind, values);
    if (extra.length > 0) throw new UsageError(`one file, please; got ${[file, ...extra].join(' ')}`, command);
    if (file === undefined && values.resume === undefined) throw new UsageError(`which design? linejsx send ${kind} FILE`, command);
    if (file !== undefined && values.resume !== undefined)
      throw new UsageError('--resume sends the messages kept in the journal; leave out FILE', command);
    if (file === '-' && values['to-file']?.includes('-'))
      throw new UsageError('the design and --to-file can not both come from stdin', command);

    const summary: SendSummary = { ok: true, kind, messages: 0, requests: 0 };
    let design: Design | undefined;
    if (file !== undefined) {
      design = await loadDesign(io, file, { exportName: values.export, props: values.props, command });
      const rendered = renderDesign(design);
      if (isRichMenuKind(rendered.kind))
        throw new UsageError(`${design.label} is a rich menu; rich menus are deployed, not sent (linejsx richmenu deploy)`, command);
      summary.messages = messagesOf(rendered.kind, rendered.json).length;
      summary.what = describeRendered(rendered.kind, rendered.json);
    }
    if (values['dry-run']) {
      await plan(io, kind, values, summary);
      if (values.json) io.stdout(JSON.stringify(summary));
      else printSummary(io, summary);
      return EXIT.ok;
    }

    const retries = wholeNumber('retries', values.retries, command);
    const connection = await connect(io, values, command, retries === undefined ? {} : { retry: retries === 0 ? false : { retries } });
    context.baseUrl = connection.baseUrl;
    const started = performance.now();
    // What may only happen once the summary is out (a multicast's journal goes then).
    const afterSummary: Array<() => void> = [];
    let code: number;
    try {
      code = await send(io, kind, values, design, connection, summary, afterSummary);
    } catch (error) {
      if (!(error instanceof LineApiError && error.retryKey)) throw error;
      // A send that may have gone out: say how to repeat it safely.
      code = reportError(io, error, { command, json: values.json === true, baseUrl: connection.baseUrl });
      io.stderr(
        io.err.dim(
          `  retry key ${error.retryKey}: if this send may have gone out, repeat it with --retry-key ${error.retryKey} and LINE delivers it at most once (within 24 hours)`,
        ),
      );
      return code;
    } finally {
      summary.requests = connection.counts.requests;
      summary.retries = connection.counts.retries;
      summary.durationMs = Math.round(performance.now() - started);
      if (connection.emulator) {
        const received = connection.emulator.received();
        let messages = 0;
        for (const inbox of received.values()) messages += inbox.length;
        summary.emulator = { url: connection.emulator.url, chats: received.size, messages };
      }
      await connection.close();
    }
    // Whatever stopped it (a signal while reading the recipients, say), a send that did not end well is not "ok".
    if (code !== EXIT.ok) summary.ok = false;
    if (values.json) io.stdout(JSON.stringify(summary));
    else printSummary(io, summary);
    for (const then of afterSummary) then();
    return code;
  },
});
