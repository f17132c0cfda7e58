/**
 * What `deployRichMenu` checks before it changes anything: each menu valid, each image readable and
 * right for its menu, aliases well formed and unique, the default one of the set, and every switch
 * leading to a menu of the set or to an alias the channel has. Every problem comes at once.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isElement, type LineNode, renderRichMenusWithOrigins } from '@linejsx/jsx';
import {
  LineValidationError,
  type RichMenu,
  richMenuAliasIdIssues,
  richMenuImageIssues,
  type ValidationIssue,
  validateRichMenu,
} from '@linejsx/schema';
import type { LineClient } from './client.ts';
import type { DeployOptions, RichMenuDeployment } from './deploy.ts';
import { LineApiError } from './errors.ts';
import { preparedRichMenu, type RichMenuOrigins } from './rich-menus.ts';

/** A menu ready to deploy: valid JSON (with its components, when JSX made it), the image's bytes, its alias. */
export interface Prepared extends RichMenuOrigins {
  readonly json: RichMenu;
  readonly image: Uint8Array;
  readonly alias: string | undefined;
}

/** A deployment, with the components of its menu when it came from a set of elements. */
type Deployment = RichMenuDeployment & RichMenuOrigins;

function isDeployment(value: unknown): value is RichMenuDeployment {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isElement(value) && 'menu' in value;
}

/** Elements (with `alias` and `image` props) or deployment objects, as a list of deployments. */
export function deploymentsOf(input: LineNode | RichMenuDeployment | readonly RichMenuDeployment[]): Deployment[] {
  if (isDeployment(input)) return [input];
  if (Array.isArray(input) && input.length > 0 && input.every(isDeployment)) return [...input];
  const { menus, componentAt } = renderRichMenusWithOrigins(input as LineNode);
  // The set's paths are `menus[i]…`; LINE's details about one menu are relative to it.
  return menus.map((m, i) => ({
    menu: m.menu,
    image: m.image,
    alias: m.alias,
    componentAt: (path: string) => componentAt(path ? `menus[${i}].${path}` : `menus[${i}]`),
  }));
}

async function readImage(image: RichMenuDeployment['image'], baseDir: string): Promise<Uint8Array | string> {
  if (image instanceof Uint8Array) return image;
  if (image === undefined) return 'the menu has no image: give <RichMenu> an image prop, or pass one';
  const file = image instanceof URL || image.startsWith('file:') ? image : isAbsolute(image) ? image : resolve(baseDir, image);
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `can not read the image ${String(image)}${code === 'ENOENT' ? ': there is no such file' : `: ${(error as Error).message}`}`;
  }
}

/** Checks everything that can be checked without changing anything; throws a LineValidationError listing every problem. */
export async function prepare(line: LineClient, deployments: Deployment[], options: DeployOptions): Promise<Prepared[]> {
  const issues: ValidationIssue[] = [];
  const at = (i: number, issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    path: `menus[${i}]${issue.path ? `.${issue.path}` : ''}`,
  });
  const prepared: Prepared[] = [];
  const owners = new Map<string, number>();
  for (const [i, deployment] of deployments.entries()) {
    // An element renders to valid JSON or throws its own LineValidationError.
    const rendered = isElement(deployment.menu) ? preparedRichMenu(deployment.menu) : undefined;
    const componentAt = rendered?.componentAt ?? deployment.componentAt;
    const result = validateRichMenu(rendered ? rendered.json : deployment.menu);
    issues.push(...result.issues.map((issue) => at(i, issue)));
    const image = await readImage(deployment.image, options.baseDir ?? process.cwd());
    if (typeof image === 'string') issues.push(at(i, { path: 'image', code: 'required', message: image }));
    else if (result.ok) issues.push(...richMenuImageIssues(image, result.value.size).issues.map((issue) => at(i, issue)));
    const { alias } = deployment;
    if (alias !== undefined) {
      issues.push(...richMenuAliasIdIssues(alias).map((issue) => at(i, { ...issue, path: 'alias' })));
      const owner = owners.get(alias);
      if (owner !== undefined)
        issues.push(
          at(i, {
            path: 'alias',
            code: 'invalid_combination',
            message: `alias "${alias}" is already the alias of menu ${owner}; each menu needs its own`,
          }),
        );
      owners.set(alias, i);
    }
    if (result.ok && typeof image !== 'string')
      prepared.push({ json: result.value, image, alias, ...(componentAt ? { componentAt } : {}) });
  }
  const wanted = options.default;
  if (typeof wanted === 'string' && !owners.has(wanted)) {
    issues.push({
      path: 'default',
      code: 'invalid_value',
      message: `the default is to be the menu with alias "${wanted}", but no menu has it`,
    });
  }
  if (issues.length === 0) issues.push(...(await unknownSwitchTargets(line, prepared, owners)));
  if (issues.length > 0)
    throw new LineValidationError(issues, deployments.length === 1 ? 'the rich menu to deploy' : 'the rich menus to deploy');
  return prepared;
}

/** Switch actions must lead somewhere: to a menu of this set, or to an alias the channel has. */
async function unknownSwitchTargets(line: LineClient, menus: Prepared[], own: ReadonlyMap<string, number>): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const known = new Map<string, boolean>();
  for (const [i, { json }] of menus.entries()) {
    for (const [j, { action }] of json.areas.entries()) {
      if (action.type !== 'richmenuswitch' || own.has(action.richMenuAliasId)) continue;
      const target = action.richMenuAliasId;
      if (!known.has(target)) known.set(target, (await aliasTarget(line, target)) !== undefined);
      if (!known.get(target)) {
        issues.push({
          path: `menus[${i}].areas[${j}].action.richMenuAliasId`,
          code: 'invalid_value',
          message: `the switch goes to alias "${target}", which neither these menus nor the channel has`,
        });
      }
    }
  }
  return issues;
}

/** The menu an alias points at, or undefined when the alias does not exist. */
export async function aliasTarget(line: LineClient, aliasId: string): Promise<string | undefined> {
  try {
    return (await line.richMenu.alias.get(aliasId)).richMenuId;
  } catch (error) {
    if (error instanceof LineApiError && error.code === 'not_found') return undefined;
    throw error;
  }
}
