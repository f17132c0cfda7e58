/** Dates the way LINE's statistics endpoints take them: `yyyyMMdd` in UTC+9 (`R#get-number-of-push-messages`). */

const JST_OFFSET = 9 * 60 * 60 * 1000;

/** A day for a statistics endpoint: a `Date` (taken in UTC+9) or a `yyyyMMdd` string. */
export type LineDate = Date | string;

/**
 * `new Date('2026-11-24T20:00:00Z')` -> `"20261125"` (it is already the 25th in Tokyo).
 *
 * @example
 * lineDate(new Date()); // today in Japan, e.g. "20261125"
 */
export function lineDate(date: LineDate): string {
  if (typeof date === 'string') {
    if (!/^\d{8}$/.test(date)) throw new TypeError(`date ${JSON.stringify(date)} must be yyyyMMdd, e.g. "20261124"`);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new TypeError('date is an invalid Date');
  return new Date(date.getTime() + JST_OFFSET).toISOString().slice(0, 10).replaceAll('-', '');
}
