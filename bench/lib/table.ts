/** Result sections as Markdown tables: printed by `pnpm bench` and written to BENCHMARKS.md. */
import type { Row, Section } from './result.ts';
import type { Spread } from './stats.ts';

/** Three significant digits, with thousands separators for large values. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

/** `12,345 (12,000–12,600)`: the median and, when there were several samples, p25–p75. */
function cell(value: Spread | undefined): string {
  if (!value) return '–';
  if (value.samples <= 1) return figure(value.median);
  return `${figure(value.median)} (${figure(value.p25)}–${figure(value.p75)})`;
}

function targets(row: Row): [string, string] {
  if (!row.targets?.length) return ['', ''];
  return [row.targets.map((t) => t.text).join('; '), row.targets.map((t) => (t.met ? 'yes' : '**no**')).join('; ')];
}

export function markdownTable(section: Section): string {
  const head = ['measurement', 'input', ...section.columns.map((c) => c.title), 'target', 'met'];
  const lines = [`| ${head.join(' | ')} |`, `| --- | --- | ${section.columns.map(() => '---:').join(' | ')} | --- | --- |`];
  for (const row of section.rows) {
    const [text, met] = targets(row);
    lines.push(`| ${[row.name, row.input, ...row.values.map(cell), text, met].join(' | ')} |`);
  }
  return lines.join('\n');
}

export function markdownSection(section: Section, level = '###'): string {
  const notes = section.notes.map((n) => `- ${n}`).join('\n');
  return `${level} ${section.title}\n\nMedian (p25–p75) of the samples.\n\n${markdownTable(section)}\n${notes ? `\n${notes}\n` : ''}`;
}
