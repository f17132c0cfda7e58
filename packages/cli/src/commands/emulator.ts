/** `linejsx emulator [--port N]`: a local LINE Messaging API with a chat view, until Ctrl+C. */
import { EMULATOR_LIMITS, startEmulator } from '@linejsx/emulator';
import { isLoopbackHost } from '@linejsx/send';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { wholeNumber } from '../options.ts';

const USAGE = `Usage: linejsx emulator [--port N] [--host 127.0.0.1] [--followers 100] [options]

Runs @linejsx/emulator, a local LINE Messaging API: the same endpoints and validation as LINE,
retry keys, rate limits, a quota, and a chat view of what every user received. Point a client, or
any linejsx command (--base-url, or LINE_API_BASE_URL), at the address it prints. Ctrl+C stops it.

Options:
  --port N             the port (default: a free one)
  --host HOST          the interface (default 127.0.0.1)
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

Exit codes: 0 stopped, 2 wrong usage (a --host beyond loopback without --control-token) or the port is taken.`;

export const emulatorCommand = defineCommand({
  name: 'emulator',
  usage: USAGE,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
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
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`emulator takes no arguments; got ${positionals.join(' ')}`, 'emulator');
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
    const first = emu.followers[0];
    if (values.json) {
      io.stdout(
        JSON.stringify({
          url: emu.url,
          token: emu.token,
          chatView: `${emu.url}/`,
          followers: emu.followers.length,
          firstFollower: first ?? null,
        }),
      );
    } else {
      const { bold, cyan, dim } = io.out;
      io.stdout(`${bold('LINE emulator')} on ${cyan(emu.url)}
chat view      ${emu.url}/
control API    ${emu.url}/__emulator/state${controlToken !== undefined ? ' (Authorization: Bearer <the control token>)' : ''}
token          ${emu.token}
followers      ${emu.followers.length} (first: ${first ?? 'none'})
try it         LINE_TOKEN=${emu.token} linejsx send push card.tsx --base-url ${emu.url} --to ${first ?? 'U…'}
a user writes  curl -X POST ${emu.url}/__emulator/user-says -H 'content-type: application/json' -d '{"userId":"${first ?? 'U…'}","text":"hi"}'  (after setting the webhook URL)
${dim('Ctrl+C stops it.')}`);
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.removeListener('SIGINT', stop);
        process.removeListener('SIGTERM', stop);
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await emu.stop();
    return EXIT.ok;
  },
});
