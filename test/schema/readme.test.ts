/** packages/schema/README.md lists every limit; this keeps that table and limits.ts in step. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LIMITS, type Limit, type LimitId } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

const README = readFileSync(fileURLToPath(new URL('../../packages/schema/README.md', import.meta.url)), 'utf8');
/** The rows `| `key` | what | limit | unit | `source` |`, by key. */
const ROWS = new Map(
  README.split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 7 && /^`\w+`$/.test(cells[1]!))
    .map((cells) => [cells[1]!.slice(1, -1), { limit: cells[3]!, unit: cells[4]!, source: cells[5]!.slice(1, -1) }]),
);

const n = (value: number) => value.toLocaleString('en-US');
const UNITS: Record<Limit['unit'], readonly string[]> = {
  utf16: ['UTF-16 units'],
  grapheme: ['grapheme clusters'],
  items: ['items'],
  bytes: ['bytes'],
  number: ['pixels', ''],
};

function range(limit: Limit): string {
  if (limit.min !== undefined && limit.max !== undefined)
    return limit.min === limit.max ? `exactly ${n(limit.max)}` : `${n(limit.min)}–${n(limit.max)}`;
  return limit.max !== undefined ? `≤ ${n(limit.max)}` : `≥ ${n(limit.min!)}`;
}

describe('the limits table of the schema README', () => {
  it.each(Object.keys(LIMITS) as LimitId[])('shows %s as limits.ts has it', (id) => {
    const limit: Limit = LIMITS[id];
    const row = ROWS.get(id);
    expect(row, `LIMITS.${id} has no row in packages/schema/README.md`).toBeDefined();
    expect(row!.limit).toBe(range(limit));
    expect(UNITS[limit.unit]).toContain(row!.unit);
    expect(row!.source).toBe(limit.source);
  });

  it('has no row for a limit that does not exist', () => {
    expect([...ROWS.keys()].filter((id) => !(id in LIMITS))).toEqual([]);
  });
});
