/** What the command shows on a terminal and what it leaves out elsewhere: colours, the progress bar, tables. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../packages/cli/src/io.ts';
import { progressBar } from '../../packages/cli/src/progress.ts';
import { colorsOn, styles } from '../../packages/cli/src/style.ts';
import { formatTable } from '../../packages/cli/src/table.ts';

function io(stderrIsTTY: boolean): CliIo & { readonly written: () => string } {
  let err = '';
  return {
    stdout: () => {},
    stderr: (line) => (err += `${line}\n`),
    write: () => {},
    writeErr: (text) => (err += text),
    env: {},
    cwd: '/',
    stderrIsTTY,
    out: styles(false, {}),
    err: styles(stderrIsTTY, {}),
    stdin: Readable.from(['']),
    written: () => err,
  };
}

describe('colours', () => {
  it('are on on a terminal only, off with NO_COLOR, and FORCE_COLOR decides over both', () => {
    expect(colorsOn(true, {})).toBe(true);
    expect(colorsOn(false, {})).toBe(false);
    expect(colorsOn(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorsOn(true, { TERM: 'dumb' })).toBe(false);
    expect(colorsOn(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsOn(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorsOn(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorsOn(true, { NO_COLOR: '' })).toBe(true); // an empty NO_COLOR is unset (no-color.org)
    expect(styles(false, {}).red('x')).toBe('x');
    expect(styles(true, {}).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('the progress bar', () => {
  it('redraws one line of stderr on a terminal and clears it at the end', () => {
    const tty = io(true);
    const bar = progressBar(tty, 'multicast');
    bar.update(500, 2000, '1/4 requests');
    bar.update(2000, 2000, '4/4 requests');
    bar.end();
    const text = tty.written().replace(/\u001b\[[0-9;]*[mK]/g, '');
    expect(text).toBe('\rmulticast ██████░░░░░░░░░░░░░░░░░░ 25% 1/4 requests\rmulticast ████████████████████████ 100% 4/4 requests\r');
  });

  it('writes nothing at all when stderr is not a terminal', () => {
    const piped = io(false);
    const bar = progressBar(piped, 'multicast');
    bar.update(500, 2000, '1/4 requests');
    bar.end();
    expect(piped.written()).toBe('');
  });
});

describe('summary tables', () => {
  it('pads columns to their widest cell and right-aligns numbers', () => {
    expect(
      formatTable(
        ['step', 'requests'],
        [
          ['push', 13],
          ['multicast', 1800],
        ],
      ),
    ).toBe('step       requests\npush             13\nmulticast     1,800');
  });
});
