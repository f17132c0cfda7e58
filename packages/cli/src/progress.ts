/**
 * A progress bar on stderr, drawn only when stderr is a terminal: piped or redirected output gets
 * no control characters, only the summary at the end.
 */
import type { CliIo } from './io.ts';

export interface Progress {
  /** Redraws the bar: `done` of `total`, and a few words after it. */
  update(done: number, total: number, words: string): void;
  /** Clears the bar's line. */
  end(): void;
}

const WIDTH = 24;

/**
 * A bar for `io`, or one that draws nothing when stderr is not a terminal.
 *
 * @example
 * const bar = progressBar(io, 'multicast');
 * bar.update(1500, 3000, '3/6 requests');
 * bar.end();
 */
export function progressBar(io: CliIo, label: string): Progress {
  if (!io.stderrIsTTY) return { update() {}, end() {} };
  let drawn = false;
  return {
    update(done, total, words) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      const bar = `${io.err.green('█'.repeat(filled))}${io.err.dim('░'.repeat(WIDTH - filled))}`;
      io.writeErr(`\r\u001b[K${label} ${bar} ${Math.floor(share * 100)}% ${words}`);
      drawn = true;
    },
    end() {
      if (drawn) io.writeErr('\r\u001b[K');
      drawn = false;
    },
  };
}
