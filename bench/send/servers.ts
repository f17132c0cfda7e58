/**
 * The servers process of the send benchmarks: `@linejsx/emulator` (LINE's validation, retry keys,
 * rate limits, faults, records) and bare `node:http` servers that answer 200 at once, which show
 * what the client costs with next to no server behind it, and count the connections each
 * contender opens. Started by `protocol.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, startEmulator } from '@linejsx/emulator';
import type { Command, DeliveryAudit } from './protocol.ts';

const TOKEN = 'bench-token';

// What LINE answers to a push, with no work behind it.
const PUSH_ANSWER = JSON.stringify({ sentMessages: [{ id: '100000000000000000', quoteToken: 'q' }] });
/** How many contenders the push table has: one `node:http` server each, so that each one's connections are counted apart. */
const NULL_SERVERS = 5;
/** Per null server: its connections open now, and the most that were open at once since they were last read. */
const connections = Array.from({ length: NULL_SERVERS }, () => ({ open: 0, peak: 0 }));
const nullServers = await Promise.all(
  connections.map(async (count) => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': 'bench' }).end(PUSH_ANSWER));
    });
    server.on('connection', (socket) => {
      count.peak = Math.max(count.peak, ++count.open);
      socket.once('close', () => count.open--);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
  }),
);

/** Requests an audit sees: every one of the largest run (100,000 pushes and their retries); the emulator keeps 10,000 by default. */
const MAX_REQUESTS = 1_000_000;

async function emulator(rateLimits: boolean): Promise<Emulator> {
  return startEmulator({
    tokens: [TOKEN],
    followers: 0,
    groups: [],
    maxRequests: MAX_REQUESTS,
    ...(rateLimits ? {} : { rateLimits: false }),
  });
}

// One emulator per setting of rate limits, on ports fixed for the run: reset() clears it.
const withLimits = await emulator(true);
const withoutLimits = await emulator(false);
let current = withoutLimits;

function audit(emu: Emulator, expected: number): DeliveryAudit {
  let exactlyOnce = 0;
  let duplicated = 0;
  for (const inbox of emu.received().values()) {
    if (inbox.length === expected) exactlyOnce++;
    else if (inbox.length > expected) duplicated++;
  }
  const answers: Record<string, number> = {};
  let faulted = 0;
  for (const record of emu.requests()) {
    const key = String(record.status ?? 'none');
    answers[key] = (answers[key] ?? 0) + 1;
    if (record.fault !== undefined) faulted++;
  }
  const requests = emu.requests();
  const firstAt = requests[0]?.at ?? 0;
  const lastAt = requests[requests.length - 1]?.at ?? 0;
  return { recipients: emu.received().size, exactlyOnce, duplicated, answers, faulted, firstAt, lastAt };
}

process.on('message', async (message: Command) => {
  switch (message.cmd) {
    case 'reset':
      withLimits.reset();
      withoutLimits.reset();
      current = message.rateLimits ? withLimits : withoutLimits;
      for (const rule of message.faults ?? []) current.fault(rule);
      process.send!({ url: current.url });
      break;
    case 'audit':
      process.send!(audit(current, message.expected));
      break;
    case 'connections':
      process.send!(connections.map((count) => count.peak));
      for (const count of connections) count.peak = count.open;
      break;
    case 'stop':
      await Promise.all([
        withLimits.stop(),
        withoutLimits.stop(),
        ...nullServers.map((server) => new Promise((resolve) => server.close(resolve))),
      ]);
      process.send!({}, () => process.exit(0));
      break;
  }
});

process.send!({ nullUrls: nullServers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`), token: TOKEN });
// The benchmark process went away: do not outlive it.
process.on('disconnect', () => process.exit(0));
