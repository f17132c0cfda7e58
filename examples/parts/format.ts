/** Formatting shared by the example designs. */

// One formatter for every call: toLocaleString() builds a new one each time, which shows in benchmarks.
const number = new Intl.NumberFormat('en-US');

/** `1200` -> `¥1,200`. */
export function yen(amount: number): string {
  return `¥${number.format(amount)}`;
}

/** `1284` -> `1,284`. */
export function count(n: number): string {
  return number.format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` date as written (read as UTC, so the server's time
 * zone never shifts it), with one cached formatter per set of options.
 */
export function formatDate(iso: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' })));
  return format.format(new Date(`${iso.length === 10 ? `${iso}T00:00` : iso}:00Z`));
}
