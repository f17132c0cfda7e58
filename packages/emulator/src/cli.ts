/**
 * `pnpm emulator [--port N] [--host H] [--followers N] [--token T] [--secret S] [--quota N]`:
 * runs the emulator until Ctrl-C and prints how to point a client at it.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './emulator.ts';

const USAGE = 'usage: pnpm emulator [--port N] [--host 127.0.0.1] [--followers 100] [--token T] [--secret S] [--quota N]';

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number; got ${JSON.stringify(value)}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      followers: { type: 'string' },
      token: { type: 'string' },
      secret: { type: 'string' },
      quota: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

const quota = whole('quota', parsed.quota);
const followers = whole('followers', parsed.followers);
const port = whole('port', parsed.port);
const emu = await startEmulator({
  ...(port !== undefined ? { port } : {}),
  ...(parsed.host ? { host: parsed.host } : {}),
  ...(followers !== undefined ? { followers } : {}),
  ...(parsed.token ? { tokens: [parsed.token] } : {}),
  ...(parsed.secret ? { channelSecret: parsed.secret } : {}),
  ...(quota !== undefined ? { quota } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  console.error(`could not start the emulator: ${error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message}`);
  process.exit(1);
});
console.log(`LINE emulator on ${emu.url}
  chat view      ${emu.url}/
  control API    ${emu.url}/__emulator/state
  client         createClient({ channelAccessToken: '${emu.token}', baseUrl: '${emu.url}' })
  followers      ${emu.followers.length} (first: ${emu.followers[0] ?? 'none'})
  a user writes  curl -X POST ${emu.url}/__emulator/user-says -d '{"userId":"${emu.followers[0] ?? 'U…'}","text":"hi"}'  (after setting the webhook URL)
Ctrl-C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emu.stop().then(() => process.exit(0));
  });
}
