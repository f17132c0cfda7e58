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

/** Every corpus file of message JSON (a message, or an array of them in `multi/`); rich menus are left out. */
export function messageCorpus(): CorpusFile[] {
  if (!corpusAvailable) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'rich-menu')
    .flatMap((dir) =>
      readdirSync(join(CORPUS_DIR, dir.name))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({ name: `${dir.name}/${file}`, json: JSON.parse(readFileSync(join(CORPUS_DIR, dir.name, file), 'utf8')) as unknown })),
    );
}
