import { describe, expect, it } from 'vitest';
import { issuesOf } from '../support/validation.ts';

type Mode = 'date' | 'time' | 'datetime';

/** A text message whose one quick reply button is a datetime picker with `values`. */
function picker(mode: Mode, values: { initial?: string; min?: string; max?: string }) {
  return {
    type: 'text',
    text: 'When would you like to come?',
    quickReply: { items: [{ type: 'action', action: { type: 'datetimepicker', label: 'Pick', data: 'booking', mode, ...values } }] },
  };
}

const problems = (mode: Mode, values: { initial?: string; min?: string; max?: string }) =>
  issuesOf(picker(mode, values)).map((issue) => [issue.path.replace('quickReply.items[0].action.', ''), issue.code, issue.message]);

describe('formats', () => {
  it.each([
    ['date', '2026-12-01'],
    ['date', '2024-02-29'],
    ['time', '00:00'],
    ['time', '23:59'],
    ['datetime', '2017-06-18T06:15'],
    // LINE accepts a lowercase "t" too (R#datetime-picker-action).
    ['datetime', '2017-06-18t06:15'],
  ] as const)('accepts %s %s', (mode, value) => {
    expect(problems(mode, { initial: value })).toEqual([]);
  });

  it.each([
    ['date', '2026-12-1', 'YYYY-MM-DD'],
    ['date', '2026/12/01', 'YYYY-MM-DD'],
    ['date', '2026-12-01T10:00', 'YYYY-MM-DD'],
    ['time', '7:05', 'HH:mm'],
    ['time', '07:05:00', 'HH:mm'],
    ['datetime', '2017-06-18 06:15', 'YYYY-MM-DDTHH:mm'],
    ['datetime', '2017-06-18', 'YYYY-MM-DDTHH:mm'],
  ] as const)('refuses %s %s and shows the format %s', (mode, value, format) => {
    expect(problems(mode, { initial: value })).toEqual([
      ['initial', 'invalid_format', `initial "${value}" is not a valid ${mode}; use ${format}`],
    ]);
  });

  it.each([
    ['date', '2023-02-29'],
    ['date', '2026-13-01'],
    ['time', '24:00'],
    ['time', '12:60'],
    ['datetime', '2026-04-31T10:00'],
  ] as const)('refuses the impossible %s %s', (mode, value) => {
    expect(problems(mode, { max: value })).toEqual([
      ['max', 'invalid_format', expect.stringContaining(`"${value}" is not a valid ${mode}`)],
    ]);
  });
});

describe("LINE's range 1900-01-01T00:00 to 2100-12-31T23:59", () => {
  it.each([
    ['date', '1900-01-01'],
    ['date', '2100-12-31'],
    ['datetime', '1900-01-01T00:00'],
    ['datetime', '2100-12-31T23:59'],
  ] as const)('accepts the bound %s %s', (mode, value) => {
    expect(problems(mode, { min: value })).toEqual([]);
  });

  it.each([
    ['date', '1899-12-31'],
    ['date', '2101-01-01'],
    ['datetime', '1899-12-31T23:59'],
    // Years below 100 once read as 19xx (Date.UTC's legacy rule) and were called invalid dates.
    ['date', '0050-06-01'],
    ['datetime', '0099-12-31T10:00'],
  ] as const)('refuses %s %s as out of range', (mode, value) => {
    expect(problems(mode, { min: value })).toEqual([
      ['min', 'out_of_range', `min "${value}" is outside LINE's range 1900-01-01T00:00 to 2100-12-31T23:59`],
    ]);
  });
});

describe('min, max and initial', () => {
  it('accepts min earlier than max with initial between them', () => {
    expect(problems('date', { min: '2026-12-01', initial: '2026-12-10', max: '2026-12-31' })).toEqual([]);
    expect(problems('time', { min: '09:00', initial: '09:00', max: '18:00' })).toEqual([]);
  });

  it('refuses min equal to or later than max (LINE: max must be greater than min)', () => {
    expect(problems('time', { min: '10:00', max: '10:00' })).toEqual([
      ['min', 'invalid_combination', 'min "10:00" must be earlier than max "10:00"'],
    ]);
    expect(problems('datetime', { min: '2026-12-31T10:00', max: '2026-12-01T10:00' })).toEqual([
      ['min', 'invalid_combination', 'min "2026-12-31T10:00" must be earlier than max "2026-12-01T10:00"'],
    ]);
  });

  it('refuses an initial value the picker could not show', () => {
    expect(problems('date', { min: '2026-12-01', initial: '2026-11-30' })).toEqual([
      ['initial', 'invalid_combination', 'initial "2026-11-30" is earlier than min "2026-12-01"'],
    ]);
    expect(problems('date', { initial: '2027-01-01', max: '2026-12-31' })).toEqual([
      ['initial', 'invalid_combination', 'initial "2027-01-01" is later than max "2026-12-31"'],
    ]);
  });

  it('compares a lowercase-t datetime with an uppercase one', () => {
    expect(problems('datetime', { min: '2026-12-01t09:00', max: '2026-12-01T08:00' })).toEqual([
      ['min', 'invalid_combination', 'min "2026-12-01t09:00" must be earlier than max "2026-12-01T08:00"'],
    ]);
  });
});
