/** The real-world message JSON of `../shared/corpus` (not vendored; absent in a user's clone). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ValidationResult, validateMessage, validateMessages, validateRichMenu } from '@linejsx/schema';
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

/**
 * Every corpus file, sorted by name: one message per file, except `multi/` (the `messages` array
 * of a reply or push) and `rich-menu/` (rich menu objects), as INDEX.md describes.
 */
export function corpus(): CorpusFile[] {
  if (!corpusAvailable) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(CORPUS_DIR, dir.name))
        .filter((file) => file.endsWith('.json'))
        .map((file) => ({
          name: `${dir.name}/${file}`,
          json: JSON.parse(readFileSync(join(CORPUS_DIR, dir.name, file), 'utf8')) as unknown,
        })),
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Every corpus file of message JSON (a message, or an array of them in `multi/`); rich menus are left out. */
export function messageCorpus(): CorpusFile[] {
  return corpus().filter((file) => !file.name.startsWith('rich-menu/'));
}

/** Validates a corpus file as what its folder holds. */
export function validateCorpusFile(file: CorpusFile): ValidationResult<unknown> {
  if (file.name.startsWith('multi/')) return validateMessages(file.json);
  if (file.name.startsWith('rich-menu/')) return validateRichMenu(file.json);
  return validateMessage(file.json);
}

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
