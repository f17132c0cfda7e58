#!/usr/bin/env node
// The `linejsx` command. It is compiled JavaScript (dist/); a TypeScript loader is registered only
// when a command loads a user's .tsx design (src/design-tsconfig.ts). In this repository,
// `pnpm linejsx` runs it from the sources through the "@linejsx/source" condition of `#main`.
import { main } from '#main';

process.exitCode = await main(process.argv.slice(2));
