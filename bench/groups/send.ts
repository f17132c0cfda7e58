/**
 * Send: push at concurrency 1, 16 and 64 with linejsx, `@line/bot-sdk` and bare undici, against
 * the emulator and against a bare `node:http` server (both in another process), then multicast to
 * 100,000 recipients, clean and with faults. Targets (issue 8): linejsx CPU per push within 1.3x
 * of bare undici's; multicast within 10% of the floor LINE's rate limit sets, RSS under 150 MB;
 * with faults, every recipient served exactly once.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message } from '@linejsx/schema';
import { MULTICAST_CHUNK, rateLimitOf } from '@linejsx/send';
import { INPUTS } from '../inputs.ts';
import { QUICK, runGroup } from '../lib/group.ts';
import { type Row, single } from '../lib/result.ts';
import { spread } from '../lib/stats.ts';
import { figure } from '../lib/table.ts';
import { bundle } from '../send/bundle.ts';
import { CLIENT_LABELS, type ClientName, createPushClient } from '../send/clients.ts';
import { measureLoad } from '../send/load.ts';
import type { MulticastJob, MulticastOutcome } from '../send/multicast-client.ts';
import { type DeliveryAudit, type Servers, startServers } from '../send/protocol.ts';

const CONCURRENCY = [1, 16, 64] as const;
const CLIENTS: readonly ClientName[] = ['undici', 'linejsx', 'bot-sdk', 'undici-fresh', 'linejsx-fresh'];
/** The floor each linejsx client is held to. */
const FLOOR: Partial<Record<ClientName, ClientName>> = { linejsx: 'undici', 'linejsx-fresh': 'undici-fresh' };
const RECIPIENTS = 100_000;
/** How much more CPU per push than bare undici linejsx may spend. */
const CPU_FACTOR = 1.3;
const MB = 1_000_000;

// The receipt bubble: a typical flex message.
const build = () => INPUTS[1]!.literal() as Message;
const message = build();
const to = `U${'0'.repeat(31)}1`;

async function pushRows(servers: Servers): Promise<Row[]> {
  const rows: Row[] = [];
  const load = QUICK ? { rounds: 2, duration: 150 } : { rounds: 6, duration: 500 };
  for (const server of ['node:http', 'emulator'] as const) {
    // Rate limits off: a client that does not pace itself would otherwise get 429s, cheaper to answer.
    const emulatorUrl = server === 'emulator' ? await servers.reset(false) : undefined;
    for (const concurrency of CONCURRENCY) {
      // Against node:http each contender has a server of its own, which counts the connections it opens.
      const clients = CLIENTS.map((name, i) =>
        createPushClient(name, { url: emulatorUrl ?? servers.nullUrls[i]!, token: servers.token, to, message, build }),
      );
      await servers.connections();
      const results = await measureLoad(
        clients.map((c) => c.push),
        { concurrency, ...load },
      );
      const opened = emulatorUrl ? undefined : await servers.connections();
      for (const client of clients) await client.close();
      const cpuOf = (name: ClientName) => spread(results[CLIENTS.indexOf(name)]!.cpuPerRequest);
      for (const name of CLIENTS) {
        const result = results[CLIENTS.indexOf(name)]!;
        const cpu = cpuOf(name);
        const floor = FLOOR[name];
        const floorCpu = floor && cpuOf(floor).median;
        rows.push({
          name: CLIENT_LABELS[name],
          input: `${server}, concurrency ${concurrency}`,
          values: [
            spread(result.requestsPerSecond),
            cpu,
            single(result.p50),
            single(result.p99),
            opened && single(opened[CLIENTS.indexOf(name)]!),
          ],
          ...(floorCpu
            ? {
                targets: [
                  {
                    text: `CPU ≤ ${CPU_FACTOR}× its floor (${figure(floorCpu * CPU_FACTOR)} µs)`,
                    met: cpu.median <= floorCpu * CPU_FACTOR,
                  },
                ],
              }
            : {}),
        });
      }
    }
  }
  return rows;
}

/** Runs one multicast in a fresh client process (the bundled `multicast-client.ts`) and returns what it measured. */
function multicastOnce(script: string, job: MulticastJob): Promise<MulticastOutcome> {
  return new Promise((resolve, reject) => {
    // No --import tsx inherited from this process: the bundle is plain JavaScript.
    const child = fork(script, [JSON.stringify(job)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // Bounded: a multicast that hangs fails the benchmark instead of holding the machine.
    const timer = setTimeout(() => child.kill(), 120_000);
    child.once('message', (outcome) => resolve(outcome as MulticastOutcome));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the multicast client exited (${code}) without an outcome`));
    });
  });
}

function servedExactlyOnce(audit: DeliveryAudit): boolean {
  return audit.recipients === RECIPIENTS && audit.exactlyOnce === RECIPIENTS && audit.duplicated === 0;
}

function describeAnswers(audit: DeliveryAudit): string {
  return Object.entries(audit.answers)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');
}

await runGroup(async () => {
  const pushServers = await startServers();
  const push = await pushRows(pushServers).finally(() => pushServers.stop());
  // A fresh servers process for the multicasts: the emulator's heap after tens of thousands of
  // pushes would otherwise slow the server side of the multicast down.
  const servers = await startServers();
  const work = mkdtempSync(join(tmpdir(), 'linejsx-bench-'));
  try {
    const requests = Math.ceil(RECIPIENTS / MULTICAST_CHUNK);
    const limit = rateLimitOf('multicast', undefined)!;
    const floorSeconds = requests / ((limit.limit * 1000) / limit.per);
    // Deterministic, well-formed user IDs (`U` and 32 hex digits), in a file the client reads.
    const recipientsFile = join(work, 'recipients.json');
    writeFileSync(recipientsFile, JSON.stringify(Array.from({ length: RECIPIENTS }, (_, i) => `U${i.toString(16).padStart(32, '0')}`)));
    const job = (url: string): MulticastJob => ({ url, token: servers.token, recipientsFile, message });

    const script = await bundle(fileURLToPath(new URL('../send/multicast-client.ts', import.meta.url)), work);
    const clean = await multicastOnce(script, job(await servers.reset(true)));
    const cleanAudit = await servers.audit(1);
    // 5% of requests answer 500 before anything is sent; 1% more are processed and then lose their
    // connection, so the client retries a chunk LINE did accept (the case retry keys exist for).
    const faults = [
      { path: 'multicast', status: 500, rate: 0.05 },
      { path: 'multicast', drop: true, when: 'after' as const, rate: 0.01 / 0.95 },
    ];
    const faulty = await multicastOnce(script, job(await servers.reset(true, faults)));
    const faultyAudit = await servers.audit(1);

    const seconds = (o: MulticastOutcome) => single(o.wallMs / 1000);
    const multicast: Row[] = [
      {
        name: 'linejsx multicast(), no faults',
        input: `${figure(RECIPIENTS)} recipients, emulator with LINE's rate limits`,
        values: [seconds(clean), single(clean.requests), single(clean.retries), single(clean.peakRss / MB)],
        targets: [
          { text: `≤ 1.1 × floor (${figure(floorSeconds * 1.1)} s)`, met: clean.wallMs / 1000 <= floorSeconds * 1.1 },
          { text: 'peak RSS < 150 MB', met: clean.peakRss < 150 * MB },
          { text: 'all delivered once', met: clean.ok && servedExactlyOnce(cleanAudit) },
        ],
      },
      {
        name: 'linejsx multicast(), 5% 500s and 1% dropped connections',
        input: `${figure(RECIPIENTS)} recipients, emulator with LINE's rate limits`,
        values: [seconds(faulty), single(faulty.requests + faulty.retries), single(faulty.retries), single(faulty.peakRss / MB)],
        targets: [{ text: 'every recipient served exactly once', met: faulty.ok && servedExactlyOnce(faultyAudit) }],
      },
    ];

    return {
      group: 'send',
      sections: [
        {
          title: 'Send: push',
          columns: [
            { title: 'requests/s' },
            { title: 'client CPU µs/request' },
            { title: 'p50 ms' },
            { title: 'p99 ms' },
            { title: 'peak connections' },
          ],
          rows: push,
          notes: [
            'Each client pushes the receipt bubble (the same JSON, a fresh retry key per request) in a closed loop: N workers each send and wait for the answer; one warm-up round each, then rounds of 0.5 s taken by the clients in turn. requests/s and CPU per request are per round, latency percentiles over every request.',
            'The first three push one message object again and again (a notice pushed to users one by one); the last two build it afresh for every push from the same sample data (`bench/literals/`), as a bot personalising each message does, and that building is part of both figures.',
            'Client CPU is `process.cpuUsage()` (user + system) of the benchmark process; the emulator and the `node:http` server run in another process and are not counted.',
            '`node:http` answers 200 at once (what the client costs with next to no server behind it); the emulator, with rate limits off, validates each message and records it as LINE would.',
            "Peak connections: the most TCP connections the `node:http` server of each contender had open at once over its warm-up and rounds (each contender has a server of its own). With N requests in flight, N are enough; undici's Pool opens up to 2N (it reuses a connection only a turn of the event loop after its answer, and the next request comes before that), linejsx at most N (`packages/send/src/connections.ts`).",
            'linejsx validates a message object before it first sends it, and again whenever its JSON changed (it compares the JSON the request needs anyway with the JSON it validated): the same object pushed again is not validated again, a new object always is. It adds a retry key and goes through its token bucket; the bench raises its push limit out of reach (LINE allows 2,000/s), so that the bucket runs on every request but never waits.',
          ],
        },
        {
          title: 'Send: multicast',
          columns: [{ title: 'wall s' }, { title: 'requests' }, { title: 'retries' }, { title: 'peak RSS MB' }],
          rows: multicast,
          notes: [
            `${figure(RECIPIENTS)} recipients in chunks of ${MULTICAST_CHUNK} (LINE's cap per request) make ${requests} requests; at LINE's ${limit.limit} requests/s the floor is ${figure(floorSeconds)} s. (The issue counts 500 requests, 2.5 s: that is 200 recipients per request.) The emulator enforces LINE's limit as a token bucket, which starts full, so a run may beat the floor.`,
            "Each multicast runs in a fresh process of plain JavaScript (the client bundled by esbuild, as a bot runs in production): peak RSS (`maxRSS`, MB = 10⁶ bytes) is that process's: Node, the modules, the 100,000 IDs, the chunks and the requests in flight " +
              `(${figure(clean.baselineRss / MB)} MB once the modules were loaded and the IDs read).`,
            `Delivery is checked from the emulator's records: no faults, ${figure(cleanAudit.exactlyOnce)} of ${figure(RECIPIENTS)} recipients received the message exactly once (${describeAnswers(cleanAudit)}).`,
            `With faults: ${faultyAudit.faulted} requests hit a fault; answers ${describeAnswers(faultyAudit)}; ${faulty.alreadyAccepted} chunks were retried after LINE had accepted them and answered 409 (already accepted); ${figure(faultyAudit.exactlyOnce)} recipients received the message exactly once, ${faultyAudit.duplicated} more than once, ${figure(RECIPIENTS - faultyAudit.recipients)} not at all.`,
          ],
        },
      ],
    };
  } finally {
    await servers.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
