/** `linejsx init`: linejsx in an existing project, from create-linejsx's template. */
import { initProject } from 'create-linejsx';
import { defineCommand } from '../command.ts';
import { UsageError } from '../errors.ts';

const USAGE = `Usage: linejsx init

Adds linejsx to the project in this directory (it needs a package.json), from the template of
npm create linejsx. It never overwrites a file, and prints what it did:

  tsconfig.json      "jsx": "react-jsx" and "jsxImportSource": "@linejsx/jsx" when the project has
                     no JSX settings (a new tsconfig.json when there is none); when its TSX is
                     React's, it is left alone and linejsx's files carry a pragma instead;
                     "src" added to "include" when the sample would be outside it
  vitest             vitest.config.ts with '@linejsx/testing/setup' (the matchers and the
                     snapshot serializer), or what to add to your own config
  a sample           src/messages/Welcome.tsx, its test and snapshot, src/testing.d.ts (the
                     matchers' types), and a story when the project has .storybook/
  package.json       linejsx's packages, vitest and TypeScript where they are missing, and a test
                     script when there is none; then install them (npm install)

Options:
  -h, --help         show this

Exit codes: 0 done (or nothing to do), 2 no package.json here.`;

export const initCommand = defineCommand({
  name: 'init',
  usage: USAGE,
  options: {},
  async run({ positionals }, io) {
    if (positionals.length > 0)
      throw new UsageError(`init takes no arguments; got ${positionals.join(' ')} (run it in the project's folder)`, 'init');
    return initProject(io);
  },
});
