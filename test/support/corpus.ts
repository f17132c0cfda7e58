/** The shared corpus of real-world LINE JSON (`../shared/corpus`), read the way its INDEX.md describes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateMessage, validateMessages, validateRichMenu, type ValidationResult } from '@linejsx/schema';
import { SHARED_DIR } from './line-openapi.ts';

export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const corpusAvailable = existsSync(join(CORPUS_DIR, 'INDEX.md'));

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
