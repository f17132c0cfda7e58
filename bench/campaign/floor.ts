/**
 * The floor of the campaign benchmark, in a process of its own: the same personalised messages
 * built as object literals (`receiptLiteral`) and pushed with bare undici, each with a retry key,
 * `IN_FLIGHT` at a time (what a worker has in flight: 16 jobs of 10). Its CPU while sending is the
 * least any client can spend on these pushes. Forked by `groups/campaign.ts` with the job as JSON.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { receiptLiteral } from '../literals/receipt.ts';
import { receiptFor, recipient } from './audience.ts';

export interface FloorJob {
  readonly url: string;
  readonly token: string;
  readonly recipients: number;
}

export interface FloorOutcome {
  /** CPU (user + system) while sending, µs. */
  readonly cpu: number;
  readonly wallMs: number;
  readonly sent: number;
}

const IN_FLIGHT = 160;

const job = JSON.parse(process.argv[2]!) as FloorJob;
const pool = new Pool(job.url);
const authorization = `Bearer ${job.token}`;
let next = 0;
let sent = 0;

async function sender(): Promise<void> {
  while (next < job.recipients) {
    const i = next++;
    const response = await pool.request({
      path: '/v2/bot/message/push',
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', 'x-line-retry-key': randomUUID() },
      body: JSON.stringify({ to: recipient(i), messages: [receiptLiteral(receiptFor(i))] }),
    });
    await response.body.json();
    if (response.statusCode !== 200) throw new Error(`push answered ${response.statusCode}`);
    sent++;
  }
}

const cpu = process.cpuUsage();
const start = performance.now();
await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
const used = process.cpuUsage(cpu);
const outcome: FloorOutcome = { cpu: used.user + used.system, wallMs: performance.now() - start, sent };
await pool.close();
process.send!(outcome, () => process.exit(0));
