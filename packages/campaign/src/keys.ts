/**
 * Where a campaign lives in Redis. BullMQ keeps each campaign's jobs in a queue of its own
 * (`linejsx:campaign-ID:…`); next to it, under `linejsx:campaign:ID…`, the campaign's settings, the
 * outcome of every finished job and the counters `status` reads. Nothing here holds a token.
 */

/** The prefix of every key, BullMQ's included. */
export const PREFIX = 'linejsx';

/** Every campaign, scored by when it started. */
export const CAMPAIGNS = `${PREFIX}:campaigns`;
/** Campaigns not finished yet (planning, running, paused): what workers look at. */
export const UNFINISHED = `${PREFIX}:campaigns:unfinished`;

/** The BullMQ queue of a campaign (BullMQ forbids `:` in queue names). */
export const queueName = (id: string): string => `campaign-${id}`;

/** The keys of one campaign. */
export function campaignKeys(id: string) {
  const base = `${PREFIX}:campaign:${id}`;
  return {
    /** Hash: the campaign's settings and state (`CampaignMeta`). */
    meta: base,
    /** Hash: job ID -> the JSON of its recipients' outcomes, written once. */
    outcomes: `${base}:outcomes`,
    /** Hash: delivered, failed, review, cancelled. */
    counts: `${base}:counts`,
    /** Hash: second since the epoch -> recipients finished in it (the rate `status` shows). */
    seconds: `${base}:seconds`,
  } as const;
}

/**
 * A new campaign ID: the UTC time it started and four random characters, sortable and short
 * enough to type (`20261207-025012-k3f9`).
 *
 * @example
 * newCampaignId(new Date('2026-12-07T02:50:12Z')); // '20261207-025012-' + 4 random characters
 */
export function newCampaignId(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const tail = Array.from({ length: 4 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
  return `${stamp}-${tail}`;
}

/** What a campaign ID looks like; anything else is refused before it reaches a Redis key. */
export const CAMPAIGN_ID = /^\d{8}-\d{6}-[0-9a-z]{4}$/;
