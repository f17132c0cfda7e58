/**
 * `linejsx` in a process of its own, so that its peak RSS is the command's alone:
 * `groups/recipients.ts` bundles it to plain JavaScript (as the command runs from its built
 * package, without a TypeScript loader in the process), forks it with the command's arguments and
 * gets the outcome over IPC.
 */
import { main } from '@linejsx/cli';
import { processIo } from '../../packages/cli/src/io.ts';

export interface CliOutcome {
  readonly code: number;
  readonly wallMs: number;
  /** RSS once the modules are loaded, before the command runs. */
  readonly baselineRss: number;
  /** The process's peak RSS (`maxRSS`), in bytes. */
  readonly peakRss: number;
}

const baselineRss = process.memoryUsage.rss();
const start = performance.now();
const code = await main(process.argv.slice(2), { ...processIo(), stdout: () => {}, write: () => {} });
const outcome: CliOutcome = { code, wallMs: performance.now() - start, baselineRss, peakRss: process.resourceUsage().maxRSS * 1024 };
process.send!(outcome, () => process.exit(0));
