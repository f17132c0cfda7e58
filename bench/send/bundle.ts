/** Bundles a benchmark script into one plain JavaScript file, to run it with `node` alone. */
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/** Writes `entry` bundled to `dir` and returns the bundle's path; `external` modules are left to be imported at run time. */
export async function bundle(entry: string, dir: string, external: readonly string[] = []): Promise<string> {
  const outfile = join(dir, basename(entry).replace(/\.tsx?$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: [...external],
    // The packages' sources, compiled as tsc compiles them for dist/ (docs/architecture.md).
    conditions: ['@linejsx/source'],
    // undici and other CommonJS modules require Node's built-ins. Under a name of its own: a bundled
    // module may import createRequire itself, and the banner is not renamed with the bundle.
    banner: {
      js: "import { createRequire as bundleCreateRequire } from 'node:module'; const require = bundleCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}
