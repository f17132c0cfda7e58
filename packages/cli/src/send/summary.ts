/** What a send reports at its end: the summary people read, and the JSON `--json` prints. */
import type { CliIo } from '../io.ts';
import { count, plural } from '../words.ts';

export const SEND_KINDS = ['push', 'reply', 'multicast', 'broadcast', 'narrowcast'] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** What the summary reports, and `--json` prints. */
export interface SendSummary {
  ok: boolean;
  kind: SendKind;
  dryRun?: true;
  what?: string;
  messages: number;
  recipients?: number | 'all friends' | 'narrowcast';
  sent?: number;
  failed?: number;
  requests: number;
  retries?: number;
  requestIds?: string[];
  retryKey?: string;
  acceptedRequestId?: string;
  narrowcast?: Record<string, unknown>;
  /** The multicast journal left to `--resume`, when not everything was sent. */
  journal?: string;
  emulator?: { url: string; chats: number; messages: number };
  durationMs?: number;
}

/**
 * Prints the summary for people: a headline, then what was sent, to how many, in how many requests.
 *
 * @example
 * printSummary(io, { ok: true, kind: 'push', messages: 1, requests: 1, recipients: 1 });
 */
export function printSummary(io: CliIo, summary: SendSummary): void {
  const { green, yellow, bold, dim } = io.out;
  const mark = summary.ok ? green('✓') : yellow('!');
  const head = summary.dryRun
    ? `${mark} ${bold(`send ${summary.kind}`)} would send (dry run: nothing was sent)`
    : `${mark} ${bold(`send ${summary.kind}`)}${summary.ok ? '' : ': not everything was sent'}`;
  const rows: Array<[string, string]> = [];
  if (summary.what) rows.push(['messages', summary.what]);
  if (summary.recipients !== undefined) {
    const recipients =
      typeof summary.recipients === 'number'
        ? count(summary.recipients)
        : summary.recipients === 'narrowcast'
          ? 'chosen by LINE from the narrowcast target'
          : 'every friend of the account';
    rows.push([
      'recipients',
      summary.sent !== undefined && typeof summary.recipients === 'number' && summary.sent !== summary.recipients
        ? `${recipients} (${count(summary.sent)} reached)`
        : recipients,
    ]);
  }
  rows.push(['requests', `${count(summary.requests)}${summary.retries ? ` (${count(summary.retries)} retried)` : ''}`]);
  if (summary.requestIds?.length === 1) rows.push(['request id', summary.requestIds[0]!]);
  if (summary.retryKey) rows.push(['retry key', summary.retryKey]);
  if (summary.acceptedRequestId) rows.push(['accepted', `already accepted as ${summary.acceptedRequestId}: sent once, before`]);
  if (summary.narrowcast)
    rows.push([
      'narrowcast',
      `${summary.narrowcast.phase}: ${count(Number(summary.narrowcast.successCount ?? 0))} sent, ${count(Number(summary.narrowcast.failureCount ?? 0))} failed`,
    ]);
  if (summary.emulator)
    rows.push([
      'emulator',
      `${plural(summary.emulator.messages, 'message')} in ${plural(summary.emulator.chats, 'chat')} at ${summary.emulator.url} (stopped now)`,
    ]);
  if (summary.durationMs !== undefined) rows.push(['time', `${(summary.durationMs / 1000).toFixed(1)} s`]);
  const width = Math.max(...rows.map(([key]) => key.length));
  io.stdout([head, ...rows.map(([key, value]) => `  ${dim(key.padEnd(width))}  ${value}`)].join('\n'));
}
