/**
 * Runs TSX that `importJson` wrote, for real: the file is written under `test/.tmp/` (ignored by git
 * and by the type check) and imported, so vitest compiles it with the repository's tsconfig like any
 * user's TSX.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createElement, render, renderMessages, renderRichMenu, type Component } from '@linejsx/jsx';
import type { ImportedKind, ImportResult } from '@linejsx/cli/import';

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
