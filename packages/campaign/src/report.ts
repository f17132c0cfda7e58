/**
 * Every recipient's outcome: the outcomes written by finished jobs, then (while the campaign is
 * not finished) the recipients of jobs still queued, as `pending`. Read in pages, so a campaign of
 * millions is never held in memory.
 */
import type { Redis } from 'ioredis';
import { campaignQueue } from './control.ts';
import { campaignKeys } from './keys.ts';
import { readMeta } from './meta.ts';
import type { RecipientOutcome } from './outcomes.ts';

/** A line of the report: an outcome, or a recipient still waiting for one. */
export type ReportRow = RecipientOutcome | { readonly to: string; readonly status: 'pending'; readonly via: 'push' | 'multicast' };

const PAGE = 500;

/**
 * The outcome of every recipient of a campaign; `CampaignError` `not_found` if there is none.
 *
 * @example
 * for await (const row of campaignReport(redis, id)) if (row.status === 'review') console.log(row.to, row.error?.message);
 */
export async function* campaignReport(redis: Redis, id: string): AsyncGenerator<ReportRow> {
  const meta = await readMeta(redis, id);
  let cursor = '0';
  do {
    const [next, fields] = await redis.hscan(campaignKeys(id).outcomes, cursor, 'COUNT', PAGE);
    cursor = next;
    for (let i = 1; i < fields.length; i += 2) yield* JSON.parse(fields[i]!) as RecipientOutcome[];
  } while (cursor !== '0');
  if (meta.state === 'done' || meta.state === 'cancelled') return;
  const queue = campaignQueue(redis, id);
  try {
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs(['waiting', 'prioritized', 'delayed', 'active'], start, start + PAGE - 1);
      if (jobs.length === 0) break;
      for (const { data } of jobs) {
        if (data.kind === 'multicast') for (const to of data.to) yield { to, status: 'pending', via: 'multicast' };
        else for (const r of data.recipients) yield { to: r.to, status: 'pending', via: 'push' };
      }
    }
  } finally {
    await queue.close();
  }
}
