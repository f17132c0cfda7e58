#!/usr/bin/env node
// `npm create linejsx my-bot`: compiled JavaScript (dist/). In linejsx's repository, tests call
// main() from the sources through the "@linejsx/source" condition of `#main`.
import { main } from '#main';

process.exitCode = await main(process.argv.slice(2));
