/** `linejsx import FILE.json > Card.tsx`: LINE JSON to TSX written with linejsx components. */
import { basename, extname } from 'node:path';
import * as components from '@linejsx/jsx';
import { defineCommand } from '../command.ts';
import { LoadError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { importJson } from '../import/index.ts';
import { readText } from '../input.ts';
import type { CliIo } from '../io.ts';
import { oneFile, wholeNumber } from '../options.ts';

const USAGE = `Usage: linejsx import FILE.json [--name Card] [--alt-text TEXT] [--print-width 100] > Card.tsx

Turns LINE JSON into a TSX module that exports one component, written with linejsx components:
a message, an array of messages, a rich menu, or a bare bubble or carousel as LINE's Flex Message
Simulator exports it (wrapped in <Flex>, its first text as altText). Rendering the component gives
back exactly the JSON. - reads the JSON from stdin.

Invalid JSON imports too, so that you can fix it in TSX: what no component writes as it is stays
<Raw json={…} />, and each such place is listed on stderr.

Options:
  --name NAME          the component's name (default: from the file name, e.g. card.json -> Card)
  --alt-text TEXT      altText of the <Flex> around a bare bubble or carousel
  --print-width N      the column width the code should fit in (default 100)
  -h, --help           show this

Exit codes: 0 imported, 1 not LINE JSON, 2 wrong usage, 5 not JSON.`;

/** `card-v2.json` -> `CardV2`, when that makes a component name no built-in component has. */
function nameFromFile(file: string): string | undefined {
  const words = basename(file, extname(file))
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Z][A-Za-z0-9]*$/.test(name) && !(name in components) ? name : undefined;
}

async function readJson(io: CliIo, file: string): Promise<unknown> {
  const source = await readText(io, file, 'import');
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new LoadError(`${file === '-' ? 'stdin' : file} is not JSON: ${(error as Error).message}`);
  }
}

export const importCommand = defineCommand({
  name: 'import',
  usage: USAGE,
  options: { name: { type: 'string' }, 'alt-text': { type: 'string' }, 'print-width': { type: 'string' } },
  async run({ values, positionals }, io) {
    const file = oneFile(positionals, 'import', 'FILE.json');
    const json = await readJson(io, file);
    const name = values.name ?? (file === '-' ? undefined : nameFromFile(file));
    const printWidth = wholeNumber('print-width', values['print-width'], 'import', 20);
    const result = importJson(json, {
      ...(name !== undefined ? { componentName: name } : {}),
      ...(values['alt-text'] !== undefined ? { altText: values['alt-text'] } : {}),
      ...(printWidth !== undefined ? { printWidth } : {}),
    });
    io.write(result.tsx);
    for (const kept of result.kept)
      io.stderr(`${io.err.yellow('warning')} ${kept.path || 'the whole object'}: ${kept.why} (kept as <Raw>)`);
    const render = result.kind === 'messages' ? 'renderMessages' : result.kind === 'richMenu' ? 'renderRichMenu' : 'render';
    io.stderr(
      io.err.dim(
        `${result.componentName}: a ${result.kind === 'richMenu' ? 'rich menu' : result.kind === 'messages' ? 'messages array' : 'message'}; ${render}(<${result.componentName} />) gives back the JSON${result.kept.length ? ', problems included' : ''}`,
      ),
    );
    return EXIT.ok;
  },
});
