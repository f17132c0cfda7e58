#!/usr/bin/env node
// The `linejsx` command. Plain .mjs: it registers tsx first, so that the TypeScript sources of
// linejsx and the user's TSX files load without a build step. TSX_TSCONFIG_PATH is where tsx (and
// its CommonJS loader, which loads designs of CommonJS packages) reads the compiler options.
import { register } from 'tsx/esm/api';
import { designTsconfig } from './tsconfig.mjs';

process.env.TSX_TSCONFIG_PATH = designTsconfig(process.cwd());
register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
