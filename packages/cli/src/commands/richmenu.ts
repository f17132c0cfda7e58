/**
 * `linejsx richmenu deploy FILE`: deploys the rich menus a design file exports, with their images,
 * aliases and the default, through `deployRichMenu` of `@linejsx/send` (which undoes every step
 * before one that fails). Connects as every command does: `connection.ts`.
 */
import { dirname, resolve } from 'node:path';
import type { RenderedRichMenu } from '@linejsx/jsx';
import { type DeployResult, deployRichMenu, type RichMenuDeployment } from '@linejsx/send';
import { defineCommand } from '../command.ts';
import { connect, EMULATOR_HELP, EMULATOR_OPTIONS } from '../connection.ts';
import { isRichMenuKind, loadDesign, renderMenus } from '../design.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { CliIo } from '../io.ts';
import { menuImage } from '../rich-menu-image.ts';
import { stopOnSignals } from '../signals.ts';

const USAGE = `Usage: linejsx richmenu deploy FILE [options]

Deploys the rich menus FILE exports: creates each menu, uploads its image, points its alias at it
and sets the default; a step that fails undoes the steps before it.

FILE.tsx exports, as default (or as --export NAME), a <RichMenu> element, a fragment of several
(tabs joined by <RichMenuSwitch> and an alias prop on each), a component (rendered with --props or
its sample props), or an example of examples/ ({ component, sample }). FILE.json (or - for stdin)
is a rich menu object or an array of them, with images from --image.

Options:
  --image PATH         the image of the only menu (JPEG or PNG, the menu's size, at most 1 MB)
  --image KEY=PATH     the image of the menu whose alias (or name) is KEY; repeat for each menu.
                       Without --image, a menu's image prop is used.
  --alias NAME         the alias of the only menu (tabs give each <RichMenu> an alias prop)
  --default            make the (first) menu the default menu of every user
  --export NAME        deploy this export (default: the default export, else the only one)
  --props JSON         props for a component, as JSON or @file.json
  --json               print what was deployed as JSON on stdout (the steps go to stderr)
${EMULATOR_HELP}
  -h, --help           show this

With --emulator, the menus go to an emulator the command starts and stops: a rehearsal.

SIGINT, SIGTERM or SIGHUP stop it before its next step, and the steps done are undone.

Exit codes: 0 deployed, 1 invalid menus or images (nothing was created), 2 wrong usage, 3 LINE
answered with an error (the steps before were undone), 4 LINE could not be reached, 5 the file
could not be loaded or run, 129, 130, 143 stopped by a signal (the steps before were undone).`;

const keys = (menus: readonly RenderedRichMenu[]) => menus.map((m) => JSON.stringify(m.alias ?? m.menu.name)).join(', ');

/** The menus with their images: --image flags first (relative to `cwd`), then the menus' image props (relative to the file). */
function deployments(
  menus: readonly RenderedRichMenu[],
  images: readonly string[],
  alias: string | undefined,
  cwd: string,
  baseDir: string,
  command: string,
): RichMenuDeployment[] {
  if (alias !== undefined && menus.length > 1)
    throw new UsageError(`--alias names one menu, and the file has ${menus.length}; give each <RichMenu> an alias prop instead`, command);
  const chosen = new Map<number, string>();
  for (const flag of images) {
    const eq = flag.indexOf('=');
    if (eq < 0) {
      if (menus.length > 1)
        throw new UsageError(
          `--image ${flag}: the file has ${menus.length} menus; say which with --image KEY=PATH (KEY: ${keys(menus)})`,
          command,
        );
      chosen.set(0, flag);
      continue;
    }
    const key = flag.slice(0, eq);
    const index = menus.findIndex((m) => m.alias === key || m.menu.name === key);
    if (index < 0) throw new UsageError(`--image ${flag}: no menu has the alias or name "${key}" (menus: ${keys(menus)})`, command);
    chosen.set(index, flag.slice(eq + 1));
  }
  return menus.map((m, i) => {
    const flag = chosen.get(i);
    return { menu: m.menu, image: flag !== undefined ? resolve(cwd, flag) : menuImage(m.image, baseDir), alias: alias ?? m.alias };
  });
}

function printResult(io: CliIo, result: DeployResult): void {
  io.stdout(`Deployed ${result.menus.length === 1 ? '1 rich menu' : `${result.menus.length} rich menus`}:`);
  for (const m of result.menus) {
    const notes = [
      m.alias && `alias ${m.alias}${m.replaced ? ` (moved from ${m.replaced})` : ''}`,
      m.richMenuId === result.defaultRichMenuId && 'the default',
    ].filter(Boolean);
    io.stdout(`  ${m.richMenuId}  "${m.name}"${notes.length ? `  ${notes.join(', ')}` : ''}`);
  }
  if (result.previousDefault) io.stdout(`The default was ${result.previousDefault} before.`);
}

export const richMenuCommand = defineCommand({
  name: 'richmenu',
  usage: USAGE,
  options: {
    image: { type: 'string', multiple: true },
    alias: { type: 'string' },
    default: { type: 'boolean' },
    export: { type: 'string' },
    props: { type: 'string' },
    json: { type: 'boolean' },
    ...EMULATOR_OPTIONS,
  },
  async run({ values, positionals }, io, context) {
    const [sub, file, ...extra] = positionals;
    if (sub === undefined) throw new UsageError('which rich menu command? linejsx richmenu deploy FILE.tsx', 'richmenu');
    if (sub !== 'deploy') throw new UsageError(`unknown command "richmenu ${sub}"; the rich menu command is "richmenu deploy"`, 'richmenu');
    const command = (context.command = 'richmenu deploy');
    if (file === undefined) throw new UsageError(`which file? linejsx ${command} FILE.tsx`, command);
    if (extra.length > 0) throw new UsageError(`one file, please; got ${[file, ...extra].join(' ')}`, command);

    const design = await loadDesign(io, file, { exportName: values.export, props: values.props, command });
    if (!isRichMenuKind(design.kind))
      throw new UsageError(
        `${design.label} is ${design.kind === 'message' ? 'a message' : 'messages'}; richmenu deploy deploys rich menus (linejsx send sends messages)`,
        command,
      );
    const baseDir = file === '-' ? io.cwd : dirname(resolve(io.cwd, file));
    // Every usage mistake is said before a connection (or an emulator) is made.
    const planned = deployments(renderMenus(design), values.image ?? [], values.alias, io.cwd, baseDir, command);

    const connection = await connect(io, values, command);
    context.baseUrl = connection.baseUrl;
    // A signal between steps fails the next one, which undoes the steps before it.
    const stopper = stopOnSignals(io, 'the deployment');
    try {
      // Progress is for people: on stdout, unless stdout is for the JSON.
      const progress = values.json ? io.stderr : io.stdout;
      const result = await deployRichMenu(connection.client, planned, {
        default: values.default === true,
        onStep: (step) => {
          stopper.check();
          progress(`[${step.number}/${step.total}] ${step.description}`);
        },
      });
      if (values.json) io.stdout(JSON.stringify({ ok: true, api: connection.baseUrl, ...result }));
      else printResult(io, result);
    } finally {
      stopper.dispose();
      await connection.close();
    }
    return EXIT.ok;
  },
});
