/**
 * `linejsx richmenu deploy FILE.tsx`: deploys the rich menus a TSX file exports, with their
 * images, aliases and the default, through `deployRichMenu` of `@linejsx/send` (which undoes
 * every step before one that fails). Self-contained: it takes the arguments after `richmenu` and
 * an `io` for output and environment, and returns the exit code.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { createElement, isElement, renderRichMenus, type Component, type LineNode, type RenderedRichMenu } from '@linejsx/jsx';
import { LineValidationError } from '@linejsx/schema';
import { createClient, deployRichMenu, LineApiError, RichMenuDeployError, type RichMenuDeployment } from '@linejsx/send';

/** Where the command writes, and what it reads from its environment. */
export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export const RICHMENU_USAGE = `Usage: linejsx richmenu deploy FILE.tsx [options]

Deploys the rich menus FILE.tsx exports: creates each menu, uploads its image, points its alias
at it and sets the default; a step that fails undoes the steps before it.

FILE.tsx exports, as default (or as --export NAME), a <RichMenu> element, a fragment of several
(tabs joined by <RichMenuSwitch> and an alias prop on each), a component that needs no props, or an
example of examples/ ({ component, sample }).

Options:
  --image PATH         the image of the only menu (JPEG or PNG, the menu's size, at most 1 MB)
  --image KEY=PATH     the image of the menu whose alias (or name) is KEY; repeat for each menu.
                       Without --image, a menu's image prop is used.
  --alias NAME         the alias of the only menu (tabs give each <RichMenu> an alias prop)
  --default            make the (first) menu the default menu of every user
  --export NAME        deploy this export instead of the default one
  --base-url URL       the API to call, e.g. a local emulator (or LINE_API_BASE_URL)
  -h, --help           show this

Environment:
  LINE_CHANNEL_ACCESS_TOKEN   the channel access token (required; never printed)
  LINE_API_BASE_URL           as --base-url`;

class UsageError extends Error {}

/** The element a module exports for deploying: see RICHMENU_USAGE. */
function exported(module: Record<string, unknown>, name: string | undefined, file: string): LineNode {
  const key = name ?? 'default';
  const value = module[key];
  if (value === undefined) {
    const names = Object.keys(module).filter((k) => k !== 'default');
    throw new UsageError(`${file} has no ${name ? `export "${name}"` : 'default export'}${names.length ? `; it exports ${names.join(', ')} (pick one with --export NAME)` : ''}`);
  }
  if (isElement(value)) return value;
  if (typeof value === 'function') return createElement(value as Component<Record<string, never>>, {});
  const example = value as { component?: unknown; sample?: unknown };
  if (typeof example === 'object' && example !== null && typeof example.component === 'function') return createElement(example.component as Component<unknown>, example.sample);
  throw new UsageError(`the ${key} export of ${file} is not a <RichMenu> element, a component or an example`);
}

/** The menus with their images: --image flags first, then the menus' image props. */
function deployments(menus: RenderedRichMenu[], images: readonly string[], alias: string | undefined, cwd: string, baseDir: string): RichMenuDeployment[] {
  if (alias !== undefined && menus.length > 1) throw new UsageError(`--alias names one menu, and the file has ${menus.length}; give each <RichMenu> an alias prop instead`);
  const chosen = new Map<number, string>();
  for (const flag of images) {
    const eq = flag.indexOf('=');
    if (eq < 0) {
      if (menus.length > 1) throw new UsageError(`--image ${flag}: the file has ${menus.length} menus; say which with --image KEY=PATH (KEY: ${keys(menus)})`);
      chosen.set(0, flag);
      continue;
    }
    const key = flag.slice(0, eq);
    const index = menus.findIndex((m) => m.alias === key || m.menu.name === key);
    if (index < 0) throw new UsageError(`--image ${flag}: no menu has the alias or name "${key}" (menus: ${keys(menus)})`);
    chosen.set(index, flag.slice(eq + 1));
  }
  return menus.map((m, i) => {
    const flag = chosen.get(i);
    // A path from the command line is relative to where it was typed; an image prop to the TSX file.
    const image = flag !== undefined ? resolve(cwd, flag) : typeof m.image === 'string' && !isAbsolute(m.image) && !/^\w+:/.test(m.image) ? resolve(baseDir, m.image) : m.image;
    return { menu: m.menu, image, alias: alias ?? m.alias };
  });
}

const keys = (menus: RenderedRichMenu[]) => menus.map((m) => JSON.stringify(m.alias ?? m.menu.name)).join(', ');

async function deploy(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      image: { type: 'string', multiple: true, default: [] },
      alias: { type: 'string' },
      default: { type: 'boolean', default: false },
      export: { type: 'string' },
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(RICHMENU_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one TSX file, please; got ${positionals.join(' ')}` : 'which TSX file? linejsx richmenu deploy FILE.tsx');
  const token = io.env.LINE_CHANNEL_ACCESS_TOKEN;
  if (!token) throw new UsageError('set LINE_CHANNEL_ACCESS_TOKEN to the channel access token (it is read from the environment only, so that it stays out of shell history)');

  const file = resolve(io.cwd, positionals[0]!);
  const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
  const menus = renderRichMenus(exported(module, values.export, positionals[0]!));
  const baseUrl = values['base-url'] ?? io.env.LINE_API_BASE_URL;
  const line = createClient({ channelAccessToken: token, ...(baseUrl ? { baseUrl } : {}) });
  const result = await deployRichMenu(line, deployments(menus, values.image, values.alias, io.cwd, dirname(file)), {
    default: values.default,
    onStep: (step) => io.stdout(`[${step.number}/${step.total}] ${step.description}`),
  });
  io.stdout(`Deployed ${result.menus.length === 1 ? '1 rich menu' : `${result.menus.length} rich menus`}:`);
  for (const m of result.menus) {
    const notes = [m.alias && `alias ${m.alias}${m.replaced ? ` (moved from ${m.replaced})` : ''}`, m.richMenuId === result.defaultRichMenuId && 'the default'].filter(Boolean);
    io.stdout(`  ${m.richMenuId}  "${m.name}"${notes.length ? `  ${notes.join(', ')}` : ''}`);
  }
  if (result.previousDefault) io.stdout(`The default was ${result.previousDefault} before.`);
  return 0;
}

/**
 * Runs `linejsx richmenu …` with the arguments after `richmenu`; returns the exit code: 0 done,
 * 1 refused or failed (nothing left half-made), 2 wrong usage.
 *
 * @example
 * const code = await richMenuCommand(['deploy', 'menu.tsx', '--image', 'menu.png', '--default'], {
 *   stdout: console.log, stderr: console.error, env: process.env, cwd: process.cwd(),
 * });
 */
export async function richMenuCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'deploy') return await deploy(rest, io);
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.stdout(RICHMENU_USAGE);
      return sub === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "richmenu ${sub}"; the rich menu command is "richmenu deploy"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`linejsx richmenu: ${(error as Error).message}\n(linejsx richmenu deploy --help shows the options)`);
      return 2;
    }
    if (error instanceof LineValidationError || error instanceof RichMenuDeployError || error instanceof LineApiError) {
      io.stderr(`${error.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
