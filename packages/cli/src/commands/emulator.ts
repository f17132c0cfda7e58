/**
 * `linejsx emulator [--port N] [--webhook URL] [-- COMMAND…]`: a local LINE Messaging API with a
 * chat view, until Ctrl+C; with a command after `--`, that command (a bot) runs against it.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { EMULATOR_LIMITS, type Emulator, freePort, startEmulator } from '@linejsx/emulator';
import { isLoopbackHost } from '@linejsx/send';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { wholeNumber } from '../options.ts';

const USAGE = `Usage: linejsx emulator [--port N] [--webhook URL] [options] [-- COMMAND [ARGS…]]

Runs @linejsx/emulator, a local LINE Messaging API: the same endpoints and validation as LINE,
retry keys, rate limits, a quota, and a chat view of what every user received. Point a client, or
any linejsx command (--base-url, or LINE_API_BASE_URL), at the address it prints. Ctrl+C stops it.

With a webhook, the chat view has a box to write to the bot as a user: the emulator posts a signed
message event to the webhook, as LINE does, and the chat shows the bot's reply.

With a COMMAND after --, it runs that command (your bot) with LINE_API_BASE_URL, LINE_TOKEN and
LINE_SECRET set to the emulator's, and stops when the command ends, with its exit code:

  linejsx emulator --webhook /webhook -- tsx watch src/bot.ts

Options:
  --port N             the port (default: a free one)
  --host HOST          the interface (default 127.0.0.1)
  --webhook URL        where the emulator posts what users write (http allowed); a path alone
                       (/webhook) means the COMMAND's server: it gets PORT (yours, or a free one)
                       and the webhook is http://127.0.0.1:PORT/webhook
  --followers N        emulated followers (default 100)
  --token TOKEN        the channel access token it accepts (default emulator-token)
  --secret SECRET      the channel secret it signs webhooks with (default emulator-secret)
  --quota N            messages allowed this month (default: no limit)
  --control-token T    the token the control API (/__emulator/…) then needs (Authorization: Bearer T);
                       required with a --host other than loopback
  --allow-host NAME    a host name to answer to besides IP addresses and localhost (a Docker
                       service name); others are refused (DNS rebinding). Repeat it for several
  --max-requests N     requests kept in the log (default ${EMULATOR_LIMITS.maxRequests}); the oldest are dropped
  --max-messages-per-chat N   messages kept per chat (default ${EMULATOR_LIMITS.maxMessagesPerChat}); the oldest are dropped
  --json               print the address and token as one line of JSON (for scripts)
  -h, --help           show this

The control API takes JSON from this machine's pages only: requests from pages of another origin,
text/plain bodies and other Host names than the emulator's are refused, so that a web page can
not drive it (cross-site requests, DNS rebinding).

Exit codes: 0 stopped, 2 wrong usage (a --host beyond loopback without --control-token), the port
is taken or the command can not be started; with a COMMAND, the command's own exit code.`;

export const emulatorCommand = defineCommand({
  name: 'emulator',
  usage: USAGE,
  rest: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    webhook: { type: 'string' },
    followers: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
    quota: { type: 'string' },
    'control-token': { type: 'string' },
    'allow-host': { type: 'string', multiple: true },
    'max-requests': { type: 'string' },
    'max-messages-per-chat': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, rest }, io) {
    if (positionals.length > 0)
      throw new UsageError(`emulator takes no arguments; got ${positionals.join(' ')} (a command to run goes after --)`, 'emulator');
    const port = wholeNumber('port', values.port, 'emulator');
    if (port !== undefined && port > 65535) throw new UsageError(`--port must be at most 65535; got ${port}`, 'emulator');
    const followers = wholeNumber('followers', values.followers, 'emulator');
    const quota = wholeNumber('quota', values.quota, 'emulator');
    const maxRequests = wholeNumber('max-requests', values['max-requests'], 'emulator', 1);
    const maxMessagesPerChat = wholeNumber('max-messages-per-chat', values['max-messages-per-chat'], 'emulator', 1);
    const controlToken = values['control-token'];
    if (values.host !== undefined && !isLoopbackHost(values.host)) {
      if (controlToken === undefined)
        throw new UsageError(
          `--host ${values.host} exposes the emulator to the network, and its control API (faults, reset, user-says) with it: add --control-token TOKEN, which the control API then requires`,
          'emulator',
        );
      io.stderr(
        io.err.yellow(
          `warning: listening on ${values.host}: anyone who can reach this port can use the emulator's API (with its token ${JSON.stringify(values.token ?? 'emulator-token')}) and read its chat view; the control API needs the control token`,
        ),
      );
    }
    const webhook = await webhookOf(values.webhook, rest, io);
    const emu = await startEmulator({
      ...(controlToken !== undefined ? { controlToken } : {}),
      ...(values['allow-host'] !== undefined ? { allowedHosts: values['allow-host'] } : {}),
      ...(maxRequests !== undefined ? { maxRequests } : {}),
      ...(maxMessagesPerChat !== undefined ? { maxMessagesPerChat } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(followers !== undefined ? { followers } : {}),
      ...(values.token !== undefined ? { tokens: [values.token] } : {}),
      ...(values.secret !== undefined ? { channelSecret: values.secret } : {}),
      ...(quota !== undefined ? { quota } : {}),
    }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new UsageError(`port ${port} is in use; pick another with --port, or leave it out for a free one`, 'emulator')
        : error;
    });
    if (webhook) emu.setWebhookEndpoint(webhook.url);
    announce(io, emu, webhook?.url, rest, values.json === true, controlToken !== undefined);
    try {
      return rest.length > 0 ? await runAgainst(emu, rest, webhook?.port, io) : await untilStopped();
    } finally {
      await emu.stop();
    }
  },
});

/** The webhook URL, and the port of the command's server when the URL is a path alone. */
async function webhookOf(
  given: string | undefined,
  rest: readonly string[],
  io: CliIo,
): Promise<{ url: string; port?: number } | undefined> {
  if (given === undefined) return undefined;
  if (given.startsWith('/')) {
    if (rest.length === 0)
      throw new UsageError(`--webhook ${given} is a path on the command's server: give the command after -- (or a whole URL)`, 'emulator');
    const port = wholeNumber('PORT', io.env.PORT || undefined, 'emulator', 1) ?? (await freePort());
    return { url: `http://127.0.0.1:${port}${given}`, port };
  }
  if (!/^https?:\/\/[^/]/.test(given))
    throw new UsageError(`--webhook must be an http(s) URL or a path (/webhook); got ${given}`, 'emulator');
  return { url: given };
}

function announce(
  io: CliIo,
  emu: Emulator,
  webhook: string | undefined,
  rest: readonly string[],
  json: boolean,
  controlToken: boolean,
): void {
  const first = emu.followers[0];
  const talk = first ? `${emu.url}/chat/${first}` : undefined;
  if (json) {
    io.stdout(
      JSON.stringify({
        url: emu.url,
        token: emu.token,
        chatView: `${emu.url}/`,
        followers: emu.followers.length,
        firstFollower: first ?? null,
        webhook: webhook ?? null,
        talk: webhook ? (talk ?? null) : null,
      }),
    );
    return;
  }
  const { bold, cyan, dim } = io.out;
  const lines = [
    `${bold('LINE emulator')} on ${cyan(emu.url)}`,
    `chat view      ${emu.url}/`,
    `control API    ${emu.url}/__emulator/state${controlToken ? ' (Authorization: Bearer <the control token>)' : ''}`,
    `token          ${emu.token}`,
    `followers      ${emu.followers.length} (first: ${first ?? 'none'})`,
  ];
  if (webhook)
    lines.push(
      `webhook        ${webhook}`,
      `talk to it     ${cyan(talk ?? `${emu.url}/`)}  (write as a user; the bot's replies appear there)`,
    );
  if (rest.length > 0)
    lines.push(`running        ${rest.join(' ')}  (with LINE_API_BASE_URL, LINE_TOKEN and LINE_SECRET of this emulator)`);
  else {
    lines.push(`try it         LINE_TOKEN=${emu.token} linejsx send push card.tsx --base-url ${emu.url} --to ${first ?? 'U…'}`);
    if (!webhook)
      lines.push(
        `a user writes  curl -X POST ${emu.url}/__emulator/user-says -H 'content-type: application/json' -d '{"userId":"${first ?? 'U…'}","text":"hi"}'  (after setting the webhook URL)`,
      );
  }
  lines.push(dim('Ctrl+C stops it.'));
  io.stdout(lines.join('\n'));
}

/** Resolves on Ctrl+C or SIGTERM. */
async function untilStopped(): Promise<number> {
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

/**
 * Runs the command against the emulator, in the same terminal, until it ends (its exit code) or
 * this process is stopped (the command is stopped first, then the emulator).
 */
async function runAgainst(emu: Emulator, command: readonly string[], port: number | undefined, io: CliIo): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    cwd: io.cwd,
    stdio: 'inherit',
    // npm scripts' commands (tsx, node) are .cmd files on Windows, which only a shell runs.
    shell: process.platform === 'win32',
    env: {
      ...io.env,
      LINE_API_BASE_URL: emu.url,
      LINE_TOKEN: emu.token,
      LINE_SECRET: emu.channelSecret,
      ...(port !== undefined ? { PORT: String(port) } : {}),
    },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(new UsageError(`could not run ${file}: ${error.code === 'ENOENT' ? 'not found' : error.message}`, 'emulator')),
      );
    });
    // Stopped by us (Ctrl+C, SIGTERM): stopped, as without a command; killed by something else: the shell's 128 + signal.
    if (code !== null) return code;
    return signal === 'SIGTERM' || signal === 'SIGINT' ? EXIT.ok : 128 + (signal ? constants.signals[signal] : 0);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
}
