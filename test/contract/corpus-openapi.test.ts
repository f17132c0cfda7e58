/**
 * What our schema accepts, LINE's OpenAPI schema accepts too: every file of the shared corpus
 * that @linejsx/schema accepts also validates against messaging-api.yml with ajv. (Which files we
 * accept, and why we reject the others, is test/corpus/corpus.test.ts.)
 */
import { expect, it } from 'vitest';
import { corpus, messageCorpus, validateCorpusFile } from '../../tools/corpus.ts';
import { specErrors } from '../../tools/line-openapi.ts';
import { describeWithSpec } from '../support/skip.ts';

describeWithSpec("corpus files we accept, against LINE's OpenAPI schema", () => {
  const accepted = (files: ReturnType<typeof corpus>) =>
    files.filter((file) => validateCorpusFile(file).ok).map((file) => [file.name, file.json] as const);
  const messages = accepted(messageCorpus());
  const richMenus = accepted(corpus().filter((file) => file.name.startsWith('rich-menu/')));

  it('has accepted files to check', () => {
    expect(messages.length).toBeGreaterThan(40);
    expect(richMenus.length).toBeGreaterThan(0);
  });

  it.each(messages)('%s', (name, json) => {
    for (const message of name.startsWith('multi/') ? (json as unknown[]) : [json]) expect(specErrors('Message', message)).toEqual([]);
  });

  it.each(richMenus)('%s', (_name, json) => {
    expect(specErrors('RichMenuRequest', json)).toEqual([]);
  });
});
