/** A new project from the template: checked first, so that a refusal writes nothing. */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { install } from './install.ts';
import type { ScaffoldIo } from './io.ts';
import { packageNameProblem } from './package-name.ts';
import { inWordsOf, type PackageManager, projectPackageJson, templateFiles } from './template.ts';

export interface CreateOptions {
  /** The new project's directory (relative to `io.cwd`); its name is the package's. */
  readonly dir: string;
  readonly pm: PackageManager;
  /** Run `pm install` afterwards (default true). */
  readonly install?: boolean;
}

/** Exit codes of `npm create linejsx`. */
export const CREATE_EXIT = { ok: 0, installFailed: 1, usage: 2 } as const;

/**
 * Writes a new project into `options.dir` and installs it: refuses (exit code 2, nothing written)
 * a directory that is not empty or whose name npm would not take as a package name.
 *
 * @example
 * process.exitCode = await createProject({ dir: 'my-bot', pm: 'npm' }, processIo());
 */
export async function createProject(options: CreateOptions, io: ScaffoldIo): Promise<number> {
  const target = resolve(io.cwd, options.dir);
  const name = basename(target);
  const refusal = refuse(target, name);
  if (refusal) {
    io.stderr(`create-linejsx: ${refusal}`);
    return CREATE_EXIT.usage;
  }
  const files = [...templateFiles(options.pm), { path: 'package.json', text: `${JSON.stringify(projectPackageJson(name), null, 2)}\n` }];
  for (const file of files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const where = relative(io.cwd, target) || '.';
  io.stdout(`Created ${name} in ${where}:`);
  for (const file of files.map((f) => f.path).sort()) io.stdout(`  ${file}`);
  const say = (text: string) => inWordsOf(options.pm, text);
  if (options.install !== false) {
    io.stdout(`\nInstalling with ${options.pm}…`);
    const code = await install(options.pm, target);
    if (code !== 0) {
      io.stderr(`create-linejsx: ${say('npm install')} failed (exit code ${code}); the project is written: run it again in ${where}`);
      return CREATE_EXIT.installFailed;
    }
  }
  const cd = where === '.' ? [] : [`cd ${where}`];
  const next = [
    ...cd,
    ...(options.install === false ? [say('npm install')] : []),
    say('npm test'),
    say('npm run dev'),
    say('npm run storybook'),
  ];
  io.stdout(
    `\nNext:\n${next.map((line) => `  ${line}`).join('\n')}\n\nnpm run dev starts the bot against a local LINE emulator: write to it in the chat view it prints.`,
  );
  return CREATE_EXIT.ok;
}

/** Why the project can not go to `target`, or undefined. */
function refuse(target: string, name: string): string | undefined {
  const problem = packageNameProblem(name);
  if (problem) return `"${name}" can not be the project's package name: it ${problem}. Choose another directory name, such as my-bot`;
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return `${target} is a file, not a directory`;
  const entries = readdirSync(target);
  if (entries.length > 0)
    return `${target} is not empty (${entries.length === 1 ? '1 entry' : `${entries.length} entries`}: ${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); choose a new directory, or run \`npx @linejsx/cli init\` there to add linejsx to an existing project`;
  return undefined;
}
