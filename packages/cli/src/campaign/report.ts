/**
 * `linejsx campaign report ID`: every recipient's outcome, as CSV (the default) or JSON lines, on
 * stdout or into a file, written as it is read (a campaign of millions is never held in memory).
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { campaignReport, type ReportRow } from '@linejsx/campaign';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { count } from '../words.ts';
import { campaignIdOf, REDIS_HELP, REDIS_OPTIONS, withRedis } from './common.ts';

const COMMAND = 'campaign report';

export const REPORT_USAGE = `Usage: linejsx campaign report ID [--format csv|jsonl] [--out FILE]

Every recipient's outcome, one a line:
  delivered   LINE accepted it (accepted_request_id: a retry LINE answered 409, delivered by that
              earlier request)
  failed      LINE refused it, or the recipient's messages are invalid (error says why, where the
              line of the audience)
  review      it may or may not have been delivered, and can not be retried safely: LINE forgets a
              retry key after 24 hours. Check with the recipient before sending again
  cancelled   never sent: the campaign was cancelled
  pending     not sent yet (the campaign has not ended)

CSV columns: to, status, via, request_id, accepted_request_id, error_code, error, where.

Options:
  --format csv|jsonl   CSV (default) or one JSON object a line
  --status STATUS      only the recipients with this outcome (e.g. --status review)
  --out FILE           write to FILE instead of stdout
${REDIS_HELP}
  -h, --help           show this

Exit codes: 0 written, 2 wrong usage or no such campaign, 6 Redis could not be reached.`;

const OPTIONS = { format: { type: 'string' }, status: { type: 'string' }, out: { type: 'string' }, ...REDIS_OPTIONS } as const;

const STATUSES = ['delivered', 'failed', 'review', 'cancelled', 'pending'];
const COLUMNS = ['to', 'status', 'via', 'request_id', 'accepted_request_id', 'error_code', 'error', 'where'];

/** A CSV field, quoted when it needs to be (RFC 4180). */
const field = (value: string | undefined) =>
  value === undefined ? '' : /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

function csvLine(row: ReportRow): string {
  const outcome = row as ReportRow & {
    requestId?: string;
    acceptedRequestId?: string;
    error?: { code: string; message: string };
    where?: string;
  };
  return [
    row.to,
    row.status,
    row.via,
    outcome.requestId,
    outcome.acceptedRequestId,
    outcome.error?.code,
    outcome.error?.message,
    outcome.where,
  ]
    .map(field)
    .join(',');
}

export const reportCommand = defineCommand({
  name: COMMAND,
  usage: REPORT_USAGE,
  options: OPTIONS,
  async run({ values, positionals }, io) {
    const id = campaignIdOf(positionals, COMMAND);
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') throw new UsageError(`--format is csv or jsonl; got ${JSON.stringify(format)}`, COMMAND);
    if (values.status !== undefined && !STATUSES.includes(values.status))
      throw new UsageError(`--status is one of ${STATUSES.join(', ')}; got ${JSON.stringify(values.status)}`, COMMAND);
    const file: WriteStream | undefined = values.out === undefined ? undefined : createWriteStream(resolve(io.cwd, values.out));
    const write = async (line: string) => {
      if (!file) return io.stdout(line);
      if (!file.write(`${line}\n`)) await once(file, 'drain');
    };
    let rows = 0;
    try {
      await withRedis(io, values.redis, async (redis) => {
        if (format === 'csv') await write(COLUMNS.join(','));
        for await (const row of campaignReport(redis, id)) {
          if (values.status !== undefined && row.status !== values.status) continue;
          await write(format === 'csv' ? csvLine(row) : JSON.stringify(row));
          rows++;
        }
      });
    } finally {
      if (file) await new Promise((done) => file.end(done));
    }
    if (file) io.stderr(`${io.err.green('✓')} wrote ${count(rows)} recipients to ${values.out}`);
    return EXIT.ok;
  },
});
