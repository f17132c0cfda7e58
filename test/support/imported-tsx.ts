/**
 * Runs TSX that `importJson` wrote, for real: the file is written under `test/.tmp/` (ignored by git
 * and by the type check) and imported, so vitest compiles it with the repository's tsconfig like any
 * user's TSX.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ImportedKind, type ImportOptions, type ImportResult, importJson } from '@linejsx/cli/import';
import {
  type Component,
  createElement,
  LineValidationError,
  render,
  renderMessages,
  renderRichMenu,
  type ValidationIssue,
} from '@linejsx/jsx';
import { expect } from 'vitest';

const TMP = join(dirname(fileURLToPath(import.meta.url)), '..', '.tmp');

/** Writes `result.tsx` to `test/.tmp/<folder>/<name>.tsx` and returns its exported component. */
export async function loadImported(result: ImportResult, folder: string, name: string): Promise<Component<Record<string, never>>> {
  const file = join(TMP, folder, `${name.replace(/[^\w.-]+/g, '__')}.tsx`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.tsx);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const component = module[result.componentName];
  if (typeof component !== 'function') throw new Error(`${file} does not export a function ${result.componentName}`);
  return component as Component<Record<string, never>>;
}

/** Renders the component as what the JSON was: a message, a messages array or a rich menu. */
export function renderAs(kind: ImportedKind, component: Component<Record<string, never>>): unknown {
  const element = createElement(component, {});
  return kind === 'messages' ? renderMessages(element) : kind === 'richMenu' ? renderRichMenu(element) : render(element);
}

/** JSON as it travels: what `JSON.stringify` leaves out (undefined) is not there. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** What rendering the imported TSX gave: the JSON, or the problems it reported. */
export interface Rendered {
  readonly rendered?: unknown;
  readonly problems?: string[];
}

/** Loads the imported TSX (see `loadImported`) and renders it as what the JSON was. */
export async function renderImported(result: ImportResult, folder: string, name: string): Promise<Rendered> {
  const component = await loadImported(result, folder, name);
  try {
    return { rendered: asJson(renderAs(result.kind, component)) };
  } catch (error) {
    if (!(error instanceof LineValidationError)) throw error;
    return { problems: problemsOf(error.issues) };
  }
}

let loaded = 0;

/** Imports `json`, runs the TSX and renders it: the JSON it gives back, or the problems it reports. */
export async function roundTrip(json: unknown, options: ImportOptions = {}): Promise<Rendered & { result: ImportResult }> {
  const result = importJson(json, { componentName: 'Imported', ...options });
  // A folder per test file: files run in parallel, and each run overwrites the last one's cases.
  const testFile = basename(expect.getState().testPath ?? 'cases').replace(/\.test\.tsx?$/, '');
  return { result, ...(await renderImported(result, `cases-${testFile}`, `case-${++loaded}`)) };
}

/** Problems in a form to compare: where, what and why, in a stable order (not who: that is JSX's). */
export function problemsOf(issues: readonly ValidationIssue[]): string[] {
  return issues.map((i) => `${i.path} [${i.code}] ${i.message}`).sort();
}
