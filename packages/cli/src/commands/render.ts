/** `linejsx render FILE.tsx`: the LINE JSON a design renders to, validated, on stdout. */
import { defineCommand } from '../command.ts';
import { loadDesign, renderDesign } from '../design.ts';
import { EXIT } from '../exit.ts';
import { oneFile } from '../options.ts';

const USAGE = `Usage: linejsx render FILE.tsx [--export NAME] [--props JSON] [--pretty]

Renders a design and prints its LINE JSON on stdout, after validating it against every rule LINE
documents. What FILE exports is the design: an element, a component, an example ({ component,
sample }) or LINE JSON; a fragment of messages prints an array, a <RichMenu> a rich menu object,
and a fragment of <RichMenu>s (tabs) an array of rich menu objects in order (their alias and
image props are for richmenu deploy, not LINE JSON).

A problem is printed on stderr with the component path and the TSX file:line, and nothing goes to
stdout.

Options:
  --export NAME    render this export (default: the default export, else the only one)
  --props JSON     props for a component, as JSON or @file.json (default: its sample props)
  --pretty         indent the JSON
  -h, --help       show this

A .json file (or - for stdin) is validated and printed as it is.

Exit codes: 0 valid, 1 invalid (or no design: nothing to render, not LINE JSON), 2 wrong usage,
5 the file could not be loaded or run (it does not compile or parse, or a component throws).`;

export const renderCommand = defineCommand({
  name: 'render',
  usage: USAGE,
  options: { export: { type: 'string' }, props: { type: 'string' }, pretty: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const design = await loadDesign(io, oneFile(positionals, 'render', 'FILE.tsx'), {
      exportName: values.export,
      props: values.props,
      command: 'render',
    });
    const { json } = renderDesign(design);
    io.stdout(JSON.stringify(json, null, values.pretty ? 2 : undefined));
    return EXIT.ok;
  },
});
