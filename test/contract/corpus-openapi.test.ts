/**
 * What our schema accepts, LINE's OpenAPI schema accepts too: every file of the shared corpus
 * that @linejsx/schema accepts also validates against messaging-api.yml with ajv. (Which files we
 * accept, and why we reject the others, is test/corpus/corpus.test.ts.)
 */
import { expect, it } from 'vitest';
import { corpusFiles, readCorpusFile, validateCorpusFile } from '../support/corpus.ts';
import { describeWithSpec, specAvailable, specErrors } from '../support/line-openapi.ts';

describeWithSpec("corpus files we accept, against LINE's OpenAPI schema", () => {
  const accepted = specAvailable ? corpusFiles().filter((file) => validateCorpusFile(file).ok) : [];

  it('has accepted files to check', () => {
    expect(accepted.length).toBeGreaterThan(40);
  });

  it.each(accepted)('%s', (file) => {
    const value = readCorpusFile(file);
    if (file.startsWith('rich-menu/')) expect(specErrors('RichMenuRequest', value)).toEqual([]);
    else if (file.startsWith('multi/')) for (const message of value as unknown[]) expect(specErrors('Message', message)).toEqual([]);
    else expect(specErrors('Message', value)).toEqual([]);
  });
});
