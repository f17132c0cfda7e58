/** Plain-text tables for summaries: columns padded to their widest cell, numbers right-aligned. */
import { count } from './words.ts';

/** A cell: text, or a number (formatted `1,234` and right-aligned). */
export type Cell = string | number;

const visible = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;

/**
 * Lays out `rows` under `header`, two spaces between columns.
 *
 * @example
 * formatTable(['step', 'requests'], [['push', 13], ['multicast', 18]]);
 * // step       requests
 * // push             13
 * // multicast        18
 */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (cell: Cell) => (typeof cell === 'number' ? count(cell) : cell);
  const all = [header, ...rows.map((row) => row.map(text))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number' || row[c] === ''));
  const widths = header.map((_, c) => Math.max(...all.map((row) => visible(row[c] ?? ''))));
  return all
    .map((row) =>
      row
        .map((cell, c) => {
          const pad = ' '.repeat(widths[c]! - visible(cell));
          return numeric[c] ? pad + cell : c === row.length - 1 ? cell : cell + pad;
        })
        .join('  '),
    )
    .join('\n');
}
