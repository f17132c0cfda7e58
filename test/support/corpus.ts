/** The shared corpus of real-world LINE JSON (`../shared/corpus`), read the way its INDEX.md describes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateMessage, validateMessages, validateRichMenu, type ValidationResult } from '@linejsx/schema';
import { SHARED_DIR } from './line-openapi.ts';

export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const corpusAvailable = existsSync(join(CORPUS_DIR, 'INDEX.md'));
/** Said by suites that skip because the corpus is absent (a user's clone). */
export const CORPUS_MISSING = `the shared corpus is not at ${CORPUS_DIR} (set LINE_OPENAPI_DIR to ../shared/line-openapi); corpus tests skipped`;

/**
 * The validity INDEX.md expects of each file (`valid?`, `suspect`, `suspect-invalid`, `invalid`),
 * read from its table of files.
 */
export function indexValidity(): Map<string, string> {
  const index = readFileSync(join(CORPUS_DIR, 'INDEX.md'), 'utf8');
  const validity = new Map<string, string>();
  for (const line of index.split('\n')) {
    const cells = line.split(' | ');
    const file = /^\| `([^`]+\.json)`$/.exec(cells[0] ?? '')?.[1];
    if (file && cells.length >= 7) validity.set(file, cells[5]!.trim());
  }
  return validity;
}

/** Every corpus file as `folder/name.json`, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(CORPUS_DIR, dir.name)).filter((name) => name.endsWith('.json')).map((name) => `${dir.name}/${name}`))
    .sort();
}

export function readCorpusFile(file: string): unknown {
  return JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
}

/** multi/ holds `messages` arrays, rich-menu/ rich menu objects, every other folder one message. */
export function validateCorpusFile(file: string): ValidationResult<unknown> {
  const value = readCorpusFile(file);
  if (file.startsWith('multi/')) return validateMessages(value);
  if (file.startsWith('rich-menu/')) return validateRichMenu(value);
  return validateMessage(value);
}
