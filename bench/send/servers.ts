/**
 * The servers process of the send benchmarks: `@linejsx/emulator` (LINE's validation, retry keys,
 * rate limits, faults, records) and a bare `node:http` server that answers 200 at once, which
 * shows what the client costs with next to no server behind it. Started by `protocol.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, startEmulator } from '@linejsx/emulator';
import type { Command, DeliveryAudit } from './protocol.ts';

const TOKEN = 'bench-token';

// What LINE answers to a push, with no work behind it.
const PUSH_ANSWER = JSON.stringify({ sentMessages: [{ id: '100000000000000000', quoteToken: 'q' }] });
const nullServer = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': 'bench' }).end(PUSH_ANSWER));
});
await new Promise<void>((resolve) => nullServer.listen(0, '127.0.0.1', resolve));

async function emulator(rateLimits: boolean): Promise<Emulator> {
  return startEmulator({ tokens: [TOKEN], followers: 0, groups: [], ...(rateLimits ? {} : { rateLimits: false }) });
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
    case 'stop':
      await Promise.all([withLimits.stop(), withoutLimits.stop(), new Promise((resolve) => nullServer.close(resolve))]);
      process.send!({}, () => process.exit(0));
      break;
  }
});

process.send!({ nullUrl: `http://127.0.0.1:${(nullServer.address() as AddressInfo).port}`, token: TOKEN });
// The benchmark process went away: do not outlive it.
process.on('disconnect', () => process.exit(0));
