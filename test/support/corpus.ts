/**
 * `../shared/corpus`: real-world LINE message and rich-menu JSON (see its INDEX.md), next to the
 * repository like LINE's specs, and not vendored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from './line-openapi.ts';

export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const corpusAvailable = existsSync(join(CORPUS_DIR, 'INDEX.md'));
/** Said by suites that skip because the corpus folder is absent (a user's clone). */
export const CORPUS_MISSING = `the corpus of real-world LINE JSON is not at ${CORPUS_DIR}; corpus tests skipped`;

export interface CorpusFile {
  /** `category/name.json`, as INDEX.md lists it. */
  readonly name: string;
  /** What the file holds, by INDEX.md's conventions: `multi/` arrays, `rich-menu/` rich menus, messages elsewhere. */
  readonly kind: 'message' | 'messages' | 'richMenu';
  readonly json: unknown;
}

/** Every corpus file, in a stable order; empty when the corpus is absent. */
export function corpusFiles(): CorpusFile[] {
  if (!corpusAvailable) return [];
  const files: CorpusFile[] = [];
  for (const category of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const file of readdirSync(join(CORPUS_DIR, category)).filter((f) => f.endsWith('.json')).sort()) {
      const kind = category === 'multi' ? 'messages' : category === 'rich-menu' ? 'richMenu' : 'message';
      files.push({ name: `${category}/${file}`, kind, json: JSON.parse(readFileSync(join(CORPUS_DIR, category, file), 'utf8')) });
    }
  }
  return files;
}
