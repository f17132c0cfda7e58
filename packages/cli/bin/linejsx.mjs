#!/usr/bin/env node
// The `linejsx` command. Plain .mjs: it registers tsx first, so that the TypeScript sources of
// linejsx and the user's TSX files load without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
