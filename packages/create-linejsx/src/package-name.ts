/** npm's rules for a package name, which a new project's directory name becomes. */
import { builtinModules } from 'node:module';

const MAX_LENGTH = 214;
const URL_SAFE = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const RESERVED = new Set(['node_modules', 'favicon.ico']);

/**
 * What is wrong with `name` as an npm package name, or undefined when npm takes it.
 *
 * @example
 * packageNameProblem('My Bot'); // 'has capital letters or characters npm does not allow in a name (a-z, 0-9, - . _ ~)'
 * packageNameProblem('my-bot'); // undefined
 */
export function packageNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_LENGTH) return `is ${name.length} characters long; npm allows ${MAX_LENGTH}`;
  if (name.startsWith('.') || name.startsWith('_')) return 'starts with a dot or an underscore';
  if (RESERVED.has(name)) return 'is a name npm reserves';
  if (builtinModules.includes(name)) return `is the name of Node's own module ${name}`;
  if (!URL_SAFE.test(name)) return 'has capital letters or characters npm does not allow in a name (a-z, 0-9, - . _ ~)';
  return undefined;
}
