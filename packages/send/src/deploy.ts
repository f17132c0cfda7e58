/**
 * `deployRichMenu()`: puts one rich menu, or a set joined by `richmenuswitch` aliases, live in one
 * go: every menu and image checked, every menu validated by LINE, then each created with its
 * image, the aliases created (or moved from the menus they pointed at), and the default set. If a
 * step fails, everything done so far is undone in reverse order, and the error says which step
 * failed, why, and what was undone: no half-made menu is left behind.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LineNode } from '@linejsx/jsx';
import type { RichMenuInfo } from '@linejsx/protocol';
import type { RichMenu } from '@linejsx/schema';
import type { LineClient } from './client.ts';
import { aliasTarget, deploymentsOf, prepare } from './deploy-checks.ts';
import { LineApiError } from './errors.ts';

/** One menu to deploy. */
export interface RichMenuDeployment {
  /** Rich menu JSON, or a `<RichMenu>` element. */
  readonly menu: RichMenu | LineNode;
  /** Its image: the bytes, or a file path (relative to `baseDir`) or `file:` URL to read. */
  readonly image?: Uint8Array | string | URL | undefined;
  /** An alias to point at the menu: created, or moved from the menu it pointed at before. */
  readonly alias?: string | undefined;
}

export interface DeployOptions {
  /** Make a menu the default for every user: `true` for the first menu, or the alias of one of them. */
  readonly default?: boolean | string;
  /** Where relative image paths start (default: the current directory). */
  readonly baseDir?: string;
  /** Called before each step: progress output, and tests that fail a given step. */
  readonly onStep?: (step: DeployStep) => void | Promise<void>;
}

/** What a step does. */
export type DeployStepKind = 'validate' | 'create' | 'upload' | 'alias' | 'default';

/** One step of a deployment, numbered from 1. */
export interface DeployStep {
  readonly number: number;
  readonly total: number;
  readonly kind: DeployStepKind;
  /** The index of the menu it is about. */
  readonly menu: number;
  /** The step in words: `upload the image of "Shop: menu tab"`. */
  readonly description: string;
}

/** A menu that was deployed. */
export interface DeployedMenu {
  readonly richMenuId: string;
  readonly name: string;
  readonly alias?: string;
  /** The menu the alias pointed at before, now unused by it (delete it when no user needs it). */
  readonly replaced?: string;
}

export interface DeployResult {
  readonly menus: readonly DeployedMenu[];
  /** The default menu now, when the deployment set it. */
  readonly defaultRichMenuId?: string;
  /** The default menu before, when the deployment replaced one. */
  readonly previousDefault?: string;
}

/**
 * A deployment that failed at a step and was undone. `undone` lists what was rolled back;
 * `leftBehind` what could not be (with its ID, to remove by hand), normally nothing; `uncertain`
 * what LINE may still do although it could not be found (a request whose answer never came), with
 * how to find and remove it.
 *
 * @example
 * try {
 *   await deployRichMenu(line, <ShopTabs />, { default: true });
 * } catch (error) {
 *   if (error instanceof RichMenuDeployError) console.error(error.step.description, error.leftBehind);
 * }
 */
export class RichMenuDeployError extends Error {
  override readonly name = 'RichMenuDeployError';
  readonly code = 'RICH_MENU_DEPLOY' as const;
  readonly step: DeployStep;
  readonly undone: readonly string[];
  readonly leftBehind: readonly string[];
  readonly uncertain: readonly string[];

  constructor(
    step: DeployStep,
    cause: unknown,
    undone: readonly string[],
    leftBehind: readonly string[],
    uncertain: readonly string[] = [],
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const lines = [`step ${step.number} of ${step.total} failed: ${step.description}`, `  ${why.replace(/\n/g, '\n  ')}`];
    if (undone.length) lines.push(`rolled back: ${undone.join('; ')}`);
    else if (!leftBehind.length && !uncertain.length) lines.push('nothing had been changed yet');
    if (leftBehind.length) lines.push(`could not undo, do it by hand: ${leftBehind.join('; ')}`);
    for (const note of uncertain) lines.push(`not sure: ${note}`);
    super(lines.join('\n'), { cause });
    this.step = step;
    this.undone = undone;
    this.leftBehind = leftBehind;
    this.uncertain = uncertain;
  }
}

/** A failure after which LINE may or may not have acted (a 5xx, timeout or dropped connection that was not repeated). */
const unclear = (error: unknown): error is LineApiError => error instanceof LineApiError && error.ambiguous;

/** Looks after an unclear failure, this many times over the period. */
const LOOKS = 5;

/**
 * Looks for what an unclear request may have done. A 5xx is an answer, so LINE is done with the
 * request: one look. After a timeout or a dropped connection LINE may still be working on it: look
 * again for up to twice the client's timeout (the longest a request should take) before giving up.
 */
async function lookFor<T>(error: LineApiError, timeout: number, find: () => Promise<T | undefined>): Promise<T | undefined> {
  const within = error.status === undefined ? 2 * timeout : 0;
  const started = performance.now();
  for (;;) {
    const found = await find();
    const left = within - (performance.now() - started);
    if (found !== undefined || left <= 0) return found;
    await sleep(Math.min(within / LOOKS, left));
  }
}

/** How long `lookFor` looked, in words, for the error. */
const lookedFor = (error: LineApiError, timeout: number) =>
  error.status === undefined ? `within ${(2 * timeout) / 1000} s` : 'after the answer';

/**
 * The menu LINE lists is the one we sent: same name, chat bar text, size and area bounds. Actions
 * are left out of the comparison, and so is key order: LINE may write its answer differently.
 */
function sameMenu(stored: RichMenuInfo, json: RichMenu): boolean {
  type Outline = Pick<RichMenuInfo, 'name' | 'chatBarText' | 'size'> & {
    readonly areas: ReadonlyArray<{ readonly bounds: RichMenuInfo['areas'][number]['bounds'] }>;
  };
  const outline = (m: Outline) =>
    [m.name, m.chatBarText, m.size.width, m.size.height, ...m.areas.flatMap(({ bounds: b }) => [b.x, b.y, b.width, b.height])].join('|');
  return outline(stored) === outline(json);
}

/**
 * Deploys rich menus: one, or a set that switches between its menus by alias. Input is an element
 * of one or more `<RichMenu alias image>` (what a TSX file exports), or `{ menu, image, alias }`
 * objects. Before anything is created, every menu, image and alias is checked here and every menu
 * by LINE's validate endpoint; then each menu is created and given its image, the aliases are
 * created or moved to the new menus, and the default is set. A failed step undoes what came
 * before it and throws a `RichMenuDeployError` naming the step; invalid input throws a
 * `LineValidationError` listing every problem, with nothing sent.
 *
 * @example
 * const result = await deployRichMenu(line, <ShopTabs {...props} />, { default: 'shop-menu' });
 * result.menus; // [{ richMenuId: 'richmenu-…', name: 'Shop: menu tab', alias: 'shop-menu' }, …]
 *
 * await deployRichMenu(line, { menu: mainMenuJson, image: 'menu.png' }, { default: true });
 */
export async function deployRichMenu(
  line: LineClient,
  input: LineNode | RichMenuDeployment | readonly RichMenuDeployment[],
  options: DeployOptions = {},
): Promise<DeployResult> {
  const menus = await prepare(line, deploymentsOf(input), options);
  const defaultIndex =
    options.default === true ? 0 : typeof options.default === 'string' ? menus.findIndex((m) => m.alias === options.default) : -1;

  const steps: Array<Omit<DeployStep, 'number' | 'total'>> = [];
  const quoted = (i: number) => `"${menus[i]!.json.name}"`;
  for (const i of menus.keys()) steps.push({ kind: 'validate', menu: i, description: `have LINE validate the rich menu ${quoted(i)}` });
  for (const i of menus.keys()) {
    steps.push({ kind: 'create', menu: i, description: `create the rich menu ${quoted(i)}` });
    steps.push({ kind: 'upload', menu: i, description: `upload the image of ${quoted(i)}` });
  }
  for (const [i, m] of menus.entries()) {
    if (m.alias !== undefined) steps.push({ kind: 'alias', menu: i, description: `point the alias "${m.alias}" at ${quoted(i)}` });
  }
  if (defaultIndex >= 0)
    steps.push({ kind: 'default', menu: defaultIndex, description: `make ${quoted(defaultIndex)} the default rich menu` });

  const ids: string[] = [];
  const replaced = new Map<number, string>();
  let previousDefault: string | undefined;
  /** What to do to undo a step, said as a to-do (for `leftBehind`) and as done (for `undone`). */
  interface Undo {
    readonly todo: string;
    readonly done: string;
    run(): Promise<void>;
  }
  const undo: Undo[] = [];
  const uncertain: string[] = [];
  const deleting = (id: string, i: number): Undo => ({
    todo: `delete rich menu ${id} (${quoted(i)})`,
    done: `deleted rich menu ${id} (${quoted(i)})`,
    run: () => deleteMenu(id),
  });
  const existing = new Set((await line.richMenu.list()).map((m) => m.richMenuId));

  const run: Record<DeployStepKind, (i: number) => Promise<void>> = {
    validate: (i) => line.richMenu.validate(menus[i]!.json, menus[i]!),
    async create(i) {
      const { json } = menus[i]!;
      let id: string;
      try {
        id = await line.richMenu.create(json, menus[i]!);
      } catch (error) {
        // The menu may exist without us knowing its ID: find it, so that it is deleted too.
        if (unclear(error)) {
          const made = await lookFor(error, line.timeout, async () =>
            (await line.richMenu.list()).find((m) => !existing.has(m.richMenuId) && !ids.includes(m.richMenuId) && sameMenu(m, json)),
          );
          if (made) undo.push(deleting(made.richMenuId, i));
          else if (error.status === undefined) {
            uncertain.push(
              `LINE may still create the rich menu ${quoted(i)}: its create request got no answer and no such menu was listed ${lookedFor(error, line.timeout)}. ` +
                `Look for a menu named ${quoted(i)} in richMenu.list() (GET /v2/bot/richmenu/list) and delete it with richMenu.delete(richMenuId) (DELETE /v2/bot/richmenu/{richMenuId})`,
            );
          }
        }
        throw error;
      }
      ids[i] = id;
      undo.push(deleting(id, i));
    },
    upload: (i) => line.richMenu.uploadImage(ids[i]!, menus[i]!.image, menus[i]!.json),
    async alias(i) {
      const alias = menus[i]!.alias!;
      const before = await aliasTarget(line, alias);
      if (before !== undefined) {
        // Pointing it back is harmless if the update did not happen: register the undo first.
        undo.push({
          todo: `point alias "${alias}" back at ${before}`,
          done: `pointed alias "${alias}" back at ${before}`,
          run: () => line.richMenu.alias.update(alias, before),
        });
        await line.richMenu.alias.update(alias, ids[i]!);
        replaced.set(i, before);
        return;
      }
      const undoCreate: Undo = {
        todo: `delete alias "${alias}"`,
        done: `deleted alias "${alias}"`,
        run: () => line.richMenu.alias.delete(alias),
      };
      try {
        await line.richMenu.alias.create(alias, ids[i]!);
      } catch (error) {
        if (unclear(error)) {
          if (await lookFor(error, line.timeout, async () => ((await aliasTarget(line, alias)) === ids[i] ? true : undefined)))
            undo.push(undoCreate);
          else if (error.status === undefined) {
            uncertain.push(
              `LINE may still create the alias "${alias}": its create request got no answer and the alias did not appear ${lookedFor(error, line.timeout)}. ` +
                `Check it with richMenu.alias.get("${alias}") (GET /v2/bot/richmenu/alias/${alias}) and delete it with richMenu.alias.delete("${alias}")`,
            );
          }
        }
        throw error;
      }
      undo.push(undoCreate);
    },
    async default(i) {
      previousDefault = await line.richMenu.getDefault();
      const back = previousDefault;
      undo.push(
        back === undefined
          ? { todo: 'cancel the default rich menu', done: 'cancelled the default rich menu', run: () => line.richMenu.cancelDefault() }
          : {
              todo: `make ${back} the default rich menu again`,
              done: `made ${back} the default rich menu again`,
              run: () => line.richMenu.setDefault(back),
            },
      );
      await line.richMenu.setDefault(ids[i]!);
    },
  };

  async function deleteMenu(id: string): Promise<void> {
    try {
      await line.richMenu.delete(id);
    } catch (error) {
      if (!(error instanceof LineApiError && error.code === 'not_found')) throw error;
    }
  }

  for (const [n, step] of steps.entries()) {
    const numbered: DeployStep = { ...step, number: n + 1, total: steps.length };
    try {
      await options.onStep?.(numbered);
      await run[step.kind](step.menu);
    } catch (error) {
      const undone: string[] = [];
      const leftBehind: string[] = [];
      for (const action of undo.reverse()) {
        try {
          await action.run();
          undone.push(action.done);
        } catch (failure) {
          leftBehind.push(`${action.todo} (${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)})`);
        }
      }
      throw new RichMenuDeployError(numbered, error, undone, leftBehind, uncertain);
    }
  }

  return {
    menus: menus.map((m, i) => ({
      richMenuId: ids[i]!,
      name: m.json.name,
      ...(m.alias !== undefined ? { alias: m.alias } : {}),
      ...(replaced.has(i) ? { replaced: replaced.get(i)! } : {}),
    })),
    ...(defaultIndex >= 0 ? { defaultRichMenuId: ids[defaultIndex]! } : {}),
    ...(previousDefault !== undefined ? { previousDefault } : {}),
  };
}
