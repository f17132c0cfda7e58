/**
 * publint and Are the Types Wrong? on packed tarballs, run by packed.test.ts in a process of its
 * own (attw brings its own TypeScript). Prints `{ "<tarball>": ["problem", …] }` as JSON.
 *
 *   tsx test/packaging/lint-packages.ts a.tgz b.tgz
 *
 * attw checks the resolutions an ESM-only package must pass: `node16` (from ESM) and `bundler`;
 * node10 and node16 from CommonJS are left out, as attw's `esm-only` profile does.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

async function problemsOf(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
    strict: true,
  });
  const lint = messages.map((message) => `publint ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
  const result = await checkPackage(createPackageFromTarballData(new Uint8Array(bytes)));
  const types = result.types
    ? result.problems
        .filter((problem) => !('resolutionKind' in problem) || !IGNORED_RESOLUTIONS.has(problem.resolutionKind))
        .map((problem) => `attw ${problem.kind}: ${JSON.stringify(problem)}`)
    : ['attw: the package has no types'];
  return [...lint, ...types];
}

const report: Record<string, string[]> = {};
for (const tarball of process.argv.slice(2)) report[basename(tarball)] = await problemsOf(tarball);
process.stdout.write(`${JSON.stringify(report)}\n`);
