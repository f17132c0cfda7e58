/**
 * `pnpm bench`: runs each group in a process of its own (render & validate, preview, send, startup),
 * prints the tables and writes BENCHMARKS.md at the top of the repository.
 *
 *   pnpm bench                 every group; writes BENCHMARKS.md
 *   pnpm bench preview send    only these groups; prints, writes nothing
 *   pnpm bench --quick         fewer, shorter samples: a smoke run; prints, writes nothing
 */
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeMachine, type Machine } from './lib/machine.ts';
import type { GroupResult } from './lib/result.ts';
import { markdownSection } from './lib/table.ts';

const GROUPS = {
  render: 'groups/render-validate.ts',
  preview: 'groups/preview.ts',
  send: 'groups/send.ts',
  recipients: 'groups/recipients.ts',
  startup: 'groups/startup.ts',
  campaign: 'groups/campaign.ts',
} as const;
type GroupName = keyof typeof GROUPS;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !(a in GROUPS));
if (unknown.length) {
  process.stderr.write(`unknown group ${unknown.join(', ')}; the groups are ${Object.keys(GROUPS).join(', ')}\n`);
  process.exit(2);
}
const names = (asked.length ? asked : Object.keys(GROUPS)) as GroupName[];

function runGroup(name: GroupName): Promise<GroupResult> {
  return new Promise((resolve, reject) => {
    process.stderr.write(`[bench] ${name}…\n`);
    const child = fork(here(GROUPS[name]), quick ? ['--quick'] : [], {
      execArgv: ['--conditions=@linejsx/source', '--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: GroupResult | undefined;
    child.once('message', (message) => (result = message as GroupResult));
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the ${name} group exited (${code}) without a result`))));
  });
}

function machineTable(m: Machine): string {
  return [
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu}, ${m.cores} cores |`,
    `| memory | ${m.memoryGB} GB |`,
    `| Node | ${m.node} (${m.platform}) |`,
    `| date | ${m.date} |`,
    `| load average (1 min) | ${m.load[0].toFixed(2)} at the start, ${m.load[1].toFixed(2)} at the end |`,
  ].join('\n');
}

function summary(results: readonly GroupResult[]): string {
  const targets = results.flatMap((g) =>
    g.sections.flatMap((s) => s.rows.flatMap((r) => (r.targets ?? []).map((t) => ({ ...t, row: `${s.title}: ${r.name}, ${r.input}` })))),
  );
  const missed = targets.filter((t) => !t.met);
  const head = `**${targets.length - missed.length} of ${targets.length} targets met.**`;
  return missed.length ? `${head} Missed:\n\n${missed.map((t) => `- ${t.row}: ${t.text}`).join('\n')}` : head;
}

const loadAtStart = loadavg()[0]!;
const results: GroupResult[] = [];
let failed = false;
for (const name of names) {
  try {
    results.push(await runGroup(name));
  } catch (error) {
    failed = true;
    process.stderr.write(`[bench] ${(error as Error).message}\n`);
  }
}
const machine = describeMachine(loadAtStart);
const tables = results.flatMap((g) => g.sections.map((s) => markdownSection(s))).join('\n');
const report = `# Benchmarks

Written by \`pnpm bench\` (\`bench/run.ts\`); the figures are this machine's, on this date. Each group
ran in a process of its own. The machine is shared: the load average below says how busy it was.
How each figure is measured is said under its table; [bench/README.md](bench/README.md) says how to run them.

${machineTable(machine)}

${summary(results)}

${tables}
${readFileSync(here('CHANGES.md'), 'utf8')}`;

process.stdout.write(`\n${machineTable(machine)}\n\n${summary(results)}\n\n${tables}`);
const complete = !failed && !quick && names.length === Object.keys(GROUPS).length;
if (complete) {
  writeFileSync(here('../BENCHMARKS.md'), report);
  process.stderr.write('[bench] wrote BENCHMARKS.md\n');
} else {
  process.stderr.write(`[bench] BENCHMARKS.md not written (${failed ? 'a group failed' : quick ? '--quick' : 'only some groups ran'})\n`);
}
process.exit(failed ? 1 : 0);
