/**
 * Loading what a command works on: a TSX module (its default export, a named one, or its only
 * one), LINE JSON from a file, or JSON on stdin (`-`). A design is an element, a component
 * (rendered with `--props` or its `sample` props), an example (`{ component, sample }`), or LINE JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Component,
  createElement,
  isElement,
  jsonKindOf,
  kindOf,
  type LineNode,
  type RenderedRichMenu,
  type RenderKind,
  renderAs,
  renderRichMenus,
  tryRenderMessages,
  tryRenderRichMenus,
  validateAs,
} from '@linejsx/jsx';
import { LineValidationError, type RichMenu, type ValidationIssue } from '@linejsx/schema';
import { require as tsxRequire } from 'tsx/cjs/api';
import { registerDesignLoader } from './design-tsconfig.ts';
import { drawable } from './drawable.ts';
import { DesignError, LoadError, UsageError } from './errors.ts';
import { existingFile, readText } from './input.ts';
import type { CliIo } from './io.ts';

/** What a command works on, before it is rendered or validated. */
export interface Design {
  /** The file as the user named it (`-` for stdin). */
  readonly file: string;
  readonly kind: RenderKind;
  /** Where it came from, for messages: `examples/receipt.tsx` or `card.json`, plus the export used. */
  readonly label: string;
  /** The element to render, for TSX. */
  readonly node?: LineNode;
  /** The LINE JSON, for JSON files and modules that export JSON. */
  readonly json?: unknown;
}

export interface LoadOptions {
  /** Render this export instead of the default one. */
  readonly exportName?: string;
  /** Props for a component, as JSON text or `@file.json`. */
  readonly props?: string;
  /** The command, for usage errors. */
  readonly command: string;
}

const MODULE_EXTENSIONS = new Set(['.tsx', '.ts', '.jsx', '.js', '.mts', '.mjs']);

/**
 * Loads a design file: TSX (or TS/JS) modules are imported, `.json` files and `-` (stdin) parsed.
 *
 * @example
 * const design = await loadDesign(io, 'examples/receipt.tsx', { command: 'render' });
 * const { json } = renderDesign(design);
 */
export async function loadDesign(io: CliIo, file: string, options: LoadOptions): Promise<Design> {
  if (file === '-') return jsonDesign(file, 'stdin', await readText(io, file, options.command));
  const path = existingFile(io, file, options.command);
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return jsonDesign(file, file, readFileSync(path, 'utf8'));
  if (!MODULE_EXTENSIONS.has(extension))
    throw new UsageError(`${file}: give a .tsx module or a .json file (or - for JSON on stdin)`, options.command);
  return moduleDesign(io, file, path, options);
}

function jsonDesign(file: string, label: string, source: string): Design {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new LoadError(`${label} is not JSON: ${(error as Error).message}`);
  }
  return { file, label, kind: jsonKind(json, label), json };
}

const typeOf = (json: unknown) => (typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined);

/**
 * A bare bubble or carousel, as the Flex Message Simulator exports it, said as such: validation's
 * "not a message" would not say where it comes from. A preview draws it instead, problem marked.
 */
function bareContainer(json: unknown, label: string): DesignError | undefined {
  const type = typeOf(json);
  if (type !== 'bubble' && type !== 'carousel') return undefined;
  return new DesignError(
    `${label} is a bare ${type}, as the Flex Message Simulator exports it; a message wraps it: {"type":"flex","altText":"…","contents":…} (\`linejsx import\` writes TSX that does)`,
  );
}

/** What LINE JSON is, or a `DesignError` saying what it is not. */
function jsonKind(json: unknown, label: string): RenderKind {
  const kind = jsonKindOf(json);
  if (kind) return kind;
  if (Array.isArray(json) && json.length === 0) throw new DesignError(`${label} is an empty array; LINE sends 1 to 5 messages`);
  // Meant as messages, with mistakes (a bare bubble too): validation says which, better than "not LINE JSON" would.
  if (Array.isArray(json)) return 'messages';
  if (typeof typeOf(json) === 'string') return 'message';
  throw new DesignError(`${label} is not LINE JSON: expected a message object, an array of messages, or a rich menu`);
}

/** Imports a design module and picks its export (`--export`, the default, or the only one). */
async function loadExport(io: CliIo, file: string, path: string, options: LoadOptions): Promise<{ value: unknown; label: string }> {
  let module: Record<string, unknown>;
  try {
    await registerDesignLoader(io.cwd);
    module = await importModule(path);
  } catch (error) {
    throw new LoadError(`${file} could not be loaded: ${loadProblem(error)}`);
  }
  const [name, value] = pickExport(module, file, options);
  return { value, label: `${relative(io.cwd, path) || file} (${name === 'default' ? 'default export' : `export ${name}`})` };
}

async function moduleDesign(io: CliIo, file: string, path: string, options: LoadOptions): Promise<Design> {
  const { value, label } = await loadExport(io, file, path, options);
  const node = toNode(value, options, io, label);
  if (node === undefined) return { file, label, kind: jsonKind(value, label), json: value };
  try {
    return { file, label, kind: kindOf(node), node };
  } catch (error) {
    throw designFailure(error, label);
  }
}

/** The file is an ES module: `.mts`/`.mjs`, or its package.json says `"type": "module"`. */
function isEsm(path: string): boolean {
  const extension = extname(path);
  if (extension === '.mts' || extension === '.mjs') return true;
  if (extension === '.cts' || extension === '.cjs') return false;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (dirname(dir) === dir) return false;
  }
}

/**
 * Imports a design module. An ES module is imported as it is (sharing linejsx's own modules); a
 * file of a CommonJS package is required through tsx's CommonJS loader, which runs it under its
 * own path (tsx's `tsImport` runs it from a `data:` URL, and its stack frames would be that URL).
 */
async function importModule(path: string): Promise<Record<string, unknown>> {
  if (isEsm(path)) return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const exports = tsxRequire(path, import.meta.url) as unknown;
  if ((exports as { __esModule?: unknown } | null)?.__esModule === true) return exports as Record<string, unknown>;
  // `module.exports = …`: the default export, as `import` would see it, with its properties as named ones.
  return { ...(exports as object), default: exports };
}

/** A load error in one line: esbuild's syntax errors already carry file:line; runtime errors their stack's first frame. */
function loadProblem(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack?.split('\n').find((line) => /^\s+at /.test(line) && !line.includes('node:internal'));
  return `${error.name === 'Error' || error.name === 'TransformError' ? '' : `${error.name}: `}${error.message}${frame && !/\.\w+:\d+/.test(error.message) ? `\n  ${frame.trim()}` : ''}`;
}

/** A component that threw while rendering is a `LoadError` saying where; validation errors stay what they are. */
function designFailure(error: unknown, label: string): Error {
  if (error instanceof LineValidationError || (error as { code?: unknown })?.code === 'LINE_VALIDATION') return error as Error;
  return new LoadError(`${label} threw while rendering: ${loadProblem(error)}`);
}

/** Values that can be rendered: what `--export` may pick, and what "the only export" counts. */
function renderable(value: unknown): boolean {
  return (
    isElement(value) ||
    typeof value === 'function' ||
    isExample(value) ||
    jsonKindOf(value) !== undefined ||
    (Array.isArray(value) && value.some(isElement))
  );
}

function isExample(value: unknown): value is { component: Component<unknown>; sample?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { component?: unknown }).component === 'function';
}

/** `--export NAME`, else the default export, else the only export that can be rendered. */
function pickExport(module: Record<string, unknown>, file: string, options: LoadOptions): [string, unknown] {
  const names = Object.keys(module)
    .filter((key) => key !== 'default' && renderable(module[key]))
    .sort();
  const choices = names.length ? `; it exports ${names.join(', ')} (pick one with --export NAME)` : '';
  if (options.exportName !== undefined) {
    if (!(options.exportName in module)) throw new UsageError(`${file} has no export "${options.exportName}"${choices}`, options.command);
    return [options.exportName, module[options.exportName]];
  }
  if (module.default !== undefined) return ['default', module.default];
  if (names.length === 1) return [names[0]!, module[names[0]!]];
  if (names.length === 0)
    throw new DesignError(`${file} exports nothing to render: export a component, an element or LINE JSON (default or named)`);
  throw new UsageError(`${file} has no default export and several that could be rendered${choices}`, options.command);
}

/** Props from `--props` (JSON text, or `@file.json`). */
function propsFrom(io: CliIo, option: string, command: string): unknown {
  const source = option.startsWith('@') ? readProps(io, option.slice(1), command) : option;
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(`--props is not JSON: ${(error as Error).message}`, command);
  }
}

function readProps(io: CliIo, file: string, command: string): string {
  return readFileSync(existingFile(io, file, command, '--props @'), 'utf8');
}

/** The element to render, or undefined when the export is JSON. */
function toNode(value: unknown, options: LoadOptions, io: CliIo, label: string): LineNode | undefined {
  const props = options.props === undefined ? undefined : propsFrom(io, options.props, options.command);
  if (isElement(value) || (Array.isArray(value) && value.some(isElement))) {
    if (props !== undefined) throw new UsageError(`--props is for components; ${label} is an element`, options.command);
    return value as LineNode;
  }
  if (typeof value === 'function') {
    // A component: the given props, else the sample it carries (`Card.sample = {…}`), else none.
    const sample = (value as { sample?: unknown }).sample;
    return createElement(value as Component<unknown>, props ?? sample ?? {});
  }
  if (isExample(value)) return createElement(value.component, props ?? value.sample ?? {});
  if (jsonKindOf(value) !== undefined) return undefined;
  throw new DesignError(`${label} is not a design: export a component, an element, an example ({ component, sample }) or LINE JSON`);
}

/** True for a rich menu or a set of them: what is deployed and drawn as menus, not sent. */
export const isRichMenuKind = (kind: RenderKind): kind is 'richMenu' | 'richMenus' => kind === 'richMenu' || kind === 'richMenus';

/** A design rendered and validated: the LINE JSON. */
export interface RenderedDesign {
  readonly kind: RenderKind;
  readonly json: unknown;
}

/**
 * Renders a TSX design or validates a JSON one. Throws a `LineValidationError` listing every
 * problem (with component paths and TSX lines for TSX), or a `LoadError` when a component throws.
 *
 * @example
 * const { kind, json } = renderDesign(await loadDesign(io, 'card.tsx', { command: 'render' }));
 */
export function renderDesign(design: Design): RenderedDesign {
  if (design.node === undefined) {
    const bare = bareContainer(design.json, design.label);
    if (bare) throw bare;
    const result = validateAs(design.json, design.kind);
    if (!result.ok) throw new LineValidationError(result.issues, design.label);
    return { kind: design.kind, json: design.json };
  }
  try {
    return { kind: design.kind, json: renderAs(design.node, design.kind) };
  } catch (error) {
    throw designFailure(error, design.label);
  }
}

/**
 * The rich menus of a rich menu design, validated, each with its `alias` and `image` props (none
 * for JSON): what deploying takes. Throws as `renderDesign` does.
 *
 * @example
 * const [menu, account] = renderMenus(await loadDesign(io, 'tabs.tsx', { command: 'richmenu deploy' }));
 */
export function renderMenus(design: Design): RenderedRichMenu[] {
  if (design.node === undefined) {
    const { json } = renderDesign(design);
    return (design.kind === 'richMenus' ? (json as RichMenu[]) : [json as RichMenu]).map((menu) => ({ menu }));
  }
  try {
    return renderRichMenus(design.node);
  } catch (error) {
    throw designFailure(error, design.label);
  }
}

/** What a preview draws: messages, or rich menus (one, or tabs), as far as they render, with every problem. */
export type DrawnDesign =
  | { readonly kind: 'messages'; readonly messages: readonly unknown[]; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'richMenus'; readonly menus: readonly RenderedRichMenu<unknown>[]; readonly issues: readonly ValidationIssue[] };

/**
 * The messages or rich menus of a design as far as they render, with every problem (paths start
 * with `messages[i]` or `menus[i]`): what a preview draws, valid or not. A rich menu is a set of one.
 *
 * @example
 * const drawn = tryRenderDesign(design);
 * if (drawn.kind === 'messages') writeFileSync('page.html', renderPage(drawn.messages, { issues: drawn.issues }));
 */
export function tryRenderDesign(design: Design): DrawnDesign {
  const drawn = drawnDesign(design);
  // Too deep, or circular: drawn as far as validation goes, the problem said.
  if (!drawn.issues.some((issue) => issue.code === 'too_deep')) return drawn;
  return drawn.kind === 'messages'
    ? { ...drawn, messages: drawable(drawn.messages) }
    : { ...drawn, menus: drawn.menus.map((m) => ({ ...m, menu: drawable(m.menu) })) };
}

function drawnDesign(design: Design): DrawnDesign {
  const menus = isRichMenuKind(design.kind);
  if (design.node === undefined) {
    const list = Array.isArray(design.json) ? design.json : [design.json];
    if (menus) return { kind: 'richMenus', menus: list.map((menu) => ({ menu })), issues: validateAs(list, 'richMenus').issues };
    return { kind: 'messages', messages: list, issues: validateAs(list, 'messages').issues };
  }
  try {
    return menus ? { kind: 'richMenus', ...tryRenderRichMenus(design.node) } : { kind: 'messages', ...tryRenderMessages(design.node) };
  } catch (error) {
    throw designFailure(error, design.label);
  }
}

/** A design as a campaign sends it: a component called with each recipient's props, or the same messages for all. */
export type DesignFactory =
  | { readonly label: string; readonly component: Component<unknown>; readonly sample: unknown }
  | { readonly label: string; readonly component?: undefined; readonly messages: LineNode | unknown };

/**
 * Loads a design for a campaign: its component (with the `sample` it carries), or, for an element
 * or LINE JSON, the one set of messages everyone gets. Nothing is rendered here.
 *
 * @example
 * const factory = await loadDesignFactory(io, 'designs/reminder.tsx', { command: 'campaign start' });
 * if (factory.component) render(createElement(factory.component, props));
 */
export async function loadDesignFactory(io: CliIo, file: string, options: Omit<LoadOptions, 'props'>): Promise<DesignFactory> {
  const path = existingFile(io, file, options.command);
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return { label: file, messages: jsonDesign(file, file, readFileSync(path, 'utf8')).json };
  if (!MODULE_EXTENSIONS.has(extension)) throw new UsageError(`${file}: give a .tsx module or a .json file`, options.command);
  const { value, label } = await loadExport(io, file, path, options);
  if (typeof value === 'function') return { label, component: value as Component<unknown>, sample: (value as { sample?: unknown }).sample };
  if (isExample(value)) return { label, component: value.component, sample: value.sample };
  if (isElement(value) || (Array.isArray(value) && value.some(isElement)) || jsonKindOf(value) !== undefined)
    return { label, messages: value };
  throw new DesignError(`${label} is not a design: export a component, an element, an example ({ component, sample }) or LINE JSON`);
}
