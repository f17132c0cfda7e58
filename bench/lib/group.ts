/**
 * How a benchmark group hands over its result: to `run.ts` over IPC when it forked the group, or
 * printed as Markdown when the group runs alone (`pnpm --filter @linejsx/bench exec tsx groups/preview.ts`).
 */
import type { GroupResult } from './result.ts';
import { markdownSection } from './table.ts';

export async function runGroup(measure: () => Promise<GroupResult>): Promise<void> {
  try {
    const result = await measure();
    if (process.send) {
      process.send(result, () => process.exit(0));
      return;
    }
    for (const section of result.sections) process.stdout.write(`${markdownSection(section)}\n`);
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
}

/** `--quick` (fewer, shorter samples: a smoke run, not figures to quote). */
export const QUICK = process.argv.includes('--quick') || process.env.LINEJSX_BENCH_QUICK === '1';
