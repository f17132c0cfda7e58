/**
 * Campaigns (issue 17): 100,000 personalised pushes (a receipt of each recipient's own order)
 * through `linejsx campaign worker` processes, against the emulator without rate limits, with 1, 2
 * and 3 workers; the floor is the same messages built as object literals and pushed with bare
 * undici from one process. Then 20,000 pushes with LINE's limits on. Targets: worker CPU per
 * recipient at most 1.5× the floor's (Redis, the emulator and planning not counted); 20,000 pushes
 * within 10% of the 10 s that 2,000/s allows; a worker's peak RSS under 150 MB.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { campaignStatus, connectOnce } from '@linejsx/campaign';
import { rateLimitOf } from '@linejsx/send';
import { REDIS_MISSING, redisServerAvailable, startRedisServer } from '../../tools/redis-server.ts';
import { writeAudience } from '../campaign/audience.ts';
import type { FloorJob, FloorOutcome } from '../campaign/floor.ts';
import { buildPackages, LINEJSX, startWorkers } from '../campaign/workers.ts';
import { QUICK, runGroup } from '../lib/group.ts';
import { type Row, single } from '../lib/result.ts';
import { figure } from '../lib/table.ts';
import { type DeliveryAudit, startServers } from '../send/protocol.ts';

const RECIPIENTS = QUICK ? 5000 : 100_000;
const LIMITED = QUICK ? 4000 : 20_000;
const WORKERS = [1, 2, 3] as const;
const CPU_FACTOR = 1.5;
const MB = 1_000_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Runs the floor in a process of its own; its outcome. */
function floorRun(job: FloorJob): Promise<FloorOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(here('../campaign/floor.ts'), [JSON.stringify(job)], {
      execArgv: ['--conditions=@linejsx/source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (outcome) => resolve(outcome as FloorOutcome));
    child.once('exit', (code) => reject(new Error(`the floor exited (${code}) without an outcome`)));
  });
}

/** `linejsx campaign start …`: the campaign's ID. */
function startCampaign(env: Record<string, string>, audience: string, limits: boolean): string {
  const args = ['campaign', 'start', 'examples/receipt.tsx', '--audience', audience, ...(limits ? [] : ['--no-rate-limit'])];
  return execFileSync(process.execPath, [LINEJSX, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 20,
  }).trim();
}

function servedOnce(audit: DeliveryAudit, n: number): boolean {
  return audit.recipients === n && audit.exactlyOnce === n && audit.duplicated === 0;
}

await runGroup(async () => {
  if (!redisServerAvailable) throw new Error(`the campaign group needs Redis: ${REDIS_MISSING}`);
  buildPackages();
  const servers = await startServers();
  const redis = await startRedisServer();
  const work = mkdtempSync(join(tmpdir(), 'linejsx-bench-campaign-'));
  try {
    const audience = join(work, 'receipts.jsonl');
    const limitedAudience = join(work, 'receipts-limited.jsonl');
    await writeAudience(audience, RECIPIENTS);
    await writeAudience(limitedAudience, LIMITED);
    const connection = await connectOnce(redis.url);

    /** One campaign through `n` workers: their CPU, throughput, span and peak RSS. */
    async function campaign(n: number, file: string, recipients: number, limits: boolean) {
      const url = await servers.reset(limits);
      await connection.flushall();
      const env = { REDIS_URL: redis.url, LINE_TOKEN: servers.token, LINE_API_BASE_URL: url };
      const workers = await startWorkers(n, env);
      try {
        const id = startCampaign(env, file, limits);
        while ((await campaignStatus(connection, id)).meta.state !== 'done') await sleep(100);
        const cpu = workers.cpu();
        const audit = await servers.audit(1);
        const seconds = (audit.lastAt - audit.firstAt) / 1000;
        return { cpuPerRecipient: cpu / recipients, perSecond: recipients / seconds, seconds, peakRss: workers.peakRss(), audit };
      } finally {
        await workers.stop();
      }
    }

    const floorUrl = await servers.reset(false);
    const floor = await floorRun({ url: floorUrl, token: servers.token, recipients: RECIPIENTS });
    const floorAudit = await servers.audit(1);
    const floorCpu = floor.cpu / RECIPIENTS;
    const input = `${figure(RECIPIENTS)} personalised pushes, emulator without rate limits`;
    const rows: Row[] = [
      {
        name: 'bare undici, object literals, one process (floor)',
        input,
        values: [single(floorCpu), single(RECIPIENTS / (floor.wallMs / 1000)), single(floor.wallMs / 1000), undefined],
        targets: [{ text: 'every recipient served once', met: floor.sent === RECIPIENTS && servedOnce(floorAudit, RECIPIENTS) }],
      },
    ];
    let peakRss = 0;
    const notes: string[] = [];
    for (const n of WORKERS) {
      const run = await campaign(n, audience, RECIPIENTS, false);
      peakRss = Math.max(peakRss, run.peakRss);
      rows.push({
        name: `linejsx campaign, ${n} worker${n === 1 ? '' : 's'}`,
        input,
        values: [single(run.cpuPerRecipient), single(run.perSecond), single(run.seconds), single(run.peakRss / MB)],
        targets: [
          {
            text: `CPU ≤ ${CPU_FACTOR}× the floor (${figure(floorCpu * CPU_FACTOR)} µs)`,
            met: run.cpuPerRecipient <= floorCpu * CPU_FACTOR,
          },
          { text: 'peak RSS < 150 MB', met: run.peakRss < 150 * MB },
          { text: 'every recipient served once', met: servedOnce(run.audit, RECIPIENTS) },
        ],
      });
    }
    const push = rateLimitOf('push', undefined)!;
    const floorSeconds = LIMITED / ((push.limit * 1000) / push.per);
    const limited = await campaign(2, limitedAudience, LIMITED, true);
    rows.push({
      name: 'linejsx campaign, 2 workers',
      input: `${figure(LIMITED)} personalised pushes, emulator with LINE's rate limits`,
      values: [single(limited.cpuPerRecipient), single(limited.perSecond), single(limited.seconds), single(limited.peakRss / MB)],
      targets: [
        { text: `≤ 1.1 × ${figure(floorSeconds)} s`, met: limited.seconds <= floorSeconds * 1.1 },
        { text: 'peak RSS < 150 MB', met: limited.peakRss < 150 * MB },
        { text: 'every recipient served once', met: servedOnce(limited.audit, LIMITED) },
      ],
    });
    connection.disconnect();
    notes.push(
      `Each recipient gets the receipt of their own order (examples/receipt.tsx, props from a JSON lines file of ${figure(RECIPIENTS)} lines: order ID, link, quantities, time). \`linejsx campaign start\` plans it (renders and checks every recipient, and stores their messages, deflated, in the jobs; not counted), then \`linejsx campaign worker\` processes send it: the command as npm installs it (compiled, \`packages/cli/bin\`; the group builds it first), 10 pushes a job, 10 jobs at a time per worker, BullMQ on a Redis of its own (AOF on).`,
      'Client CPU is user + system time of the worker processes from when they were ready to when the campaign was done, read from /proc (nothing in the worker is instrumented), divided by the recipients: BullMQ (taking jobs, locks, completing them), the messages unpacked, checked again by the client and sent, and the outcomes written. Redis, the emulator (another process) and planning are not counted. The floor is the same JSON built as object literals (`bench/literals/receipt.ts`), serialised and pushed with a retry key by bare undici on a Pool, 160 at a time: its own CPU while sending.',
      'recipients/s and s are from the first request to the last as the emulator saw them. The machine has 2 cores, shared by the workers, Redis and the emulator: more workers add CPU to share, not cores.',
      `With LINE's limits on, BullMQ's limiter lets 20 jobs start per 100 ms across every worker (200 jobs/s = ${figure((push.limit * 1000) / push.per)} pushes/s): ${figure(LIMITED)} pushes can not take less than ${figure(floorSeconds)} s. The emulator enforces LINE's limit as a token bucket; a 429 would pause the queue.`,
      'Peak RSS (VmHWM, MB = 10⁶ bytes) is the largest of the worker processes: Node, the command, BullMQ and ioredis, undici, the schemas, and the jobs in flight. Workers load no design (jobs hold the messages), so no TypeScript loader.',
    );
    return {
      group: 'campaign',
      sections: [
        {
          title: 'Campaigns',
          columns: [{ title: 'client CPU µs/recipient' }, { title: 'recipients/s' }, { title: 's' }, { title: 'peak RSS MB' }],
          rows,
          notes,
        },
      ],
    };
  } finally {
    await servers.stop();
    await redis.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
