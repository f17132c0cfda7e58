/** Formatting shared by the example designs. */

/** `1200` -> `¥1,200`. */
export function yen(amount: number): string {
  return `¥${amount.toLocaleString('en-US')}`;
}

/** `1284` -> `1,284`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
