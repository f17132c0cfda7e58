/**
 * One multicast to many recipients, in a process of its own so that its peak RSS is the client's
 * alone: the IDs, the chunks, the requests in flight. `groups/send.ts` bundles it to plain
 * JavaScript (as a bot runs in production, without a TypeScript loader in the process), forks it
 * with the target as JSON in argv and gets the outcome over IPC.
 */
import { readFileSync } from 'node:fs';
import type { Message } from '@linejsx/schema';
import { createClient } from '@linejsx/send';

export interface MulticastJob {
  readonly url: string;
  readonly token: string;
  /** A JSON file of the recipients' user IDs, read as a bot reads its follower list. */
  readonly recipientsFile: string;
  readonly message: Message;
}

export interface MulticastOutcome {
  readonly wallMs: number;
  /** RSS once the modules are loaded and the IDs read. */
  readonly baselineRss: number;
  /** The process's peak RSS (`maxRSS`), in bytes. */
  readonly peakRss: number;
  readonly ok: boolean;
  readonly sent: number;
  readonly failed: number;
  readonly requests: number;
  readonly retries: number;
  /** Requests LINE answered 409: a retry of a chunk it had already accepted. */
  readonly alreadyAccepted: number;
}

const job = JSON.parse(process.argv[2]!) as MulticastJob;
let retries = 0;
const line = createClient({
  channelAccessToken: job.token,
  baseUrl: job.url,
  log: (entry) => {
    if (entry.event === 'retry') retries++;
  },
});
const ids = JSON.parse(readFileSync(job.recipientsFile, 'utf8')) as string[];
const baselineRss = process.memoryUsage.rss();
const start = performance.now();
const result = await line.multicast(ids, job.message);
const wallMs = performance.now() - start;
const outcome: MulticastOutcome = {
  wallMs,
  baselineRss,
  peakRss: process.resourceUsage().maxRSS * 1024,
  ok: result.ok,
  sent: result.sent,
  failed: result.failed.length,
  requests: result.chunks.length,
  retries,
  alreadyAccepted: result.chunks.filter((c) => c.acceptedRequestId !== undefined).length,
};
process.send!(outcome, () => process.exit(0));
