/** Result sections as Markdown tables: printed by `pnpm bench` and written to BENCHMARKS.md. */
import type { Row, Section } from './result.ts';

/** Three significant digits, with thousands separators for large values. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

function range(row: Row): string {
  const { p25, p75, samples } = row.value;
  return samples > 1 ? `${figure(p25)}–${figure(p75)}` : '(one run)';
}

function met(row: Row): string {
  if (!row.target) return '';
  return row.target.met ? 'yes' : '**no**';
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| measurement | input | median | p25–p75 | unit | target | met |', '| --- | --- | ---: | ---: | --- | --- | --- |'];
  for (const row of rows) {
    const name = row.note ? `${row.name} (${row.note})` : row.name;
    lines.push(`| ${name} | ${row.input} | ${figure(row.value.median)} | ${range(row)} | ${row.unit} | ${row.target?.text ?? ''} | ${met(row)} |`);
  }
  return lines.join('\n');
}

export function markdownSection(section: Section, level = '###'): string {
  const notes = section.notes.map((n) => `- ${n}`).join('\n');
  return `${level} ${section.title}\n\n${markdownTable(section.rows)}\n${notes ? `\n${notes}\n` : ''}`;
}
