/** `linejsx emulator [--port N]`: a local LINE Messaging API with a chat view, until Ctrl+C. */
import { startEmulator } from '@linejsx/emulator';
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
  --json               print the address and token as one line of JSON (for scripts)
  -h, --help           show this

Exit codes: 0 stopped, 2 wrong usage or the port is taken.`;

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
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`emulator takes no arguments; got ${positionals.join(' ')}`, 'emulator');
    const port = wholeNumber('port', values.port, 'emulator');
    if (port !== undefined && port > 65535) throw new UsageError(`--port must be at most 65535; got ${port}`, 'emulator');
    const followers = wholeNumber('followers', values.followers, 'emulator');
    const quota = wholeNumber('quota', values.quota, 'emulator');
    const emu = await startEmulator({
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
control API    ${emu.url}/__emulator/state
token          ${emu.token}
followers      ${emu.followers.length} (first: ${first ?? 'none'})
try it         LINE_TOKEN=${emu.token} linejsx send push card.tsx --base-url ${emu.url} --to ${first ?? 'U…'}
a user writes  curl -X POST ${emu.url}/__emulator/user-says -d '{"userId":"${first ?? 'U…'}","text":"hi"}'  (after setting the webhook URL)
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
