#!/usr/bin/env node
// `pnpm linejsx`: the linejsx command from this repository's sources. Run with
// `node --conditions=@linejsx/source` so that `#main` and the packages resolve to src/. tsx is
// registered once, with the tsconfig a user's design gets (linejsx's dev JSX runtime, every file
// included), so the command's own sources and the designs it loads share one loader.
import { register, tsImport } from 'tsx/esm/api';

const { designTsconfig } = await tsImport('../packages/cli/src/design-tsconfig.ts', import.meta.url);
const tsconfig = designTsconfig(process.cwd());
process.env.TSX_TSCONFIG_PATH = tsconfig;
process.env.LINEJSX_DESIGN_LOADER = 'registered';
register({ tsconfig });
await import('../packages/cli/bin/linejsx.mjs');
