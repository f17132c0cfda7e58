/**
 * create-linejsx: `npm create linejsx@latest my-bot` makes a new LINE bot project; the same
 * template serves `linejsx init` (of `@linejsx/cli`) in an existing project. ESM only, Node >= 20.11.
 *
 * @example
 * import { createProject, processIo } from 'create-linejsx';
 * process.exitCode = await createProject({ dir: 'my-bot', pm: 'pnpm', install: false }, processIo());
 */
export { CREATE_EXIT, type CreateOptions, createProject } from './create.ts';
export { INIT_EXIT, initProject } from './init.ts';
export { packageManagerOf } from './install.ts';
export { processIo, type ScaffoldIo } from './io.ts';
export { main } from './main.ts';
export { packageNameProblem } from './package-name.ts';
export { LINEJSX_VERSION, PACKAGE_MANAGERS, type PackageManager, projectPackageJson, TEMPLATE_DIR, templateFiles } from './template.ts';
