import { renderWorkbenchHtml } from '@linejsx/preview';
import { validateMessages } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusAvailable, messageCorpus } from '../../tools/corpus.ts';

const files = messageCorpus();
if (!corpusAvailable) console.warn(CORPUS_MISSING);

describe.skipIf(!corpusAvailable)('every message of ../shared/corpus', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files.map((f) => [f.name, f.json] as const))('draws %s, with its problems when it has any', (_name, json) => {
    const html = renderWorkbenchHtml(json);
    const messages = Array.isArray(json) ? json : [json];
    expect(html.match(/class="lj-msg /g)?.length).toBe(messages.length);
    const result = validateMessages(messages);
    expect(html).toContain(`data-valid="${result.ok}"`);
    for (const issue of result.issues) expect(html).toContain(`<code class="lj-issue-path">${issue.path}</code>`);
  });
});
