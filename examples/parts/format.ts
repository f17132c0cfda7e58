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
