/** The real-world message JSON of `../shared/corpus` (not vendored; absent in a user's clone). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from './line-openapi.ts';

export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const corpusAvailable = existsSync(CORPUS_DIR);
/** Said by suites that skip because the corpus is absent. */
export const CORPUS_MISSING = `the message corpus is not at ${CORPUS_DIR}; corpus tests skipped`;

export interface CorpusFile {
  /** `flex-bubble/showcase-receipt.json` */
  readonly name: string;
  readonly json: unknown;
}

/** What a corpus file holds, by INDEX.md's conventions: `multi/` arrays, `rich-menu/` rich menus, messages elsewhere. */
export type CorpusKind = 'message' | 'messages' | 'richMenu';

function filesOf(folder: string): CorpusFile[] {
  return readdirSync(join(CORPUS_DIR, folder))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `${folder}/${file}`, json: JSON.parse(readFileSync(join(CORPUS_DIR, folder, file), 'utf8')) as unknown }));
}

function folders(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every corpus file of message JSON (a message, or an array of them in `multi/`); rich menus are left out. */
export function messageCorpus(): CorpusFile[] {
  if (!corpusAvailable) return [];
  return folders()
    .filter((folder) => folder !== 'rich-menu')
    .flatMap(filesOf);
}

/** Every corpus file, rich menus included, with what it holds. */
export function corpusFiles(): Array<CorpusFile & { readonly kind: CorpusKind }> {
  if (!corpusAvailable) return [];
  return folders().flatMap((folder) => {
    const kind: CorpusKind = folder === 'multi' ? 'messages' : folder === 'rich-menu' ? 'richMenu' : 'message';
    return filesOf(folder).map((file) => ({ ...file, kind }));
  });
}
