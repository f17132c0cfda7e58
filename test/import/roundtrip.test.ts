/**
 * JSON -> TSX -> JSON: rendering what `importJson` wrote gives back the input exactly, for every
 * corpus file LINE's rules accept and every example design; for the files they refuse, rendering
 * refuses it with the same problems. The TSX of valid JSON is kept as file snapshots
 * (`__snapshots__/…/*.tsx`), which the repository's type check compiles: what the importer writes
 * for valid JSON type-checks.
 */

import { type ImportedKind, importJson } from '@linejsx/cli/import';
import { render, renderRichMenus } from '@linejsx/jsx';
import { type ValidationResult, validateMessage, validateMessages, validateRichMenu } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { CORPUS_MISSING, corpus, corpusAvailable } from '../../tools/corpus.ts';
import { asJson, problemsOf, renderImported } from '../support/imported-tsx.ts';

// <RichMenu> comes with issue 6; until the branch that has it is merged, rich menus can not render.

const VALIDATE: Record<ImportedKind, (value: unknown) => ValidationResult<unknown>> = {
  message: validateMessage,
  messages: validateMessages,
  richMenu: validateRichMenu,
};

/** What a corpus file holds, by INDEX.md's conventions. */
function kindOfFile(name: string): ImportedKind {
  return name.startsWith('multi/') ? 'messages' : name.startsWith('rich-menu/') ? 'richMenu' : 'message';
}

/** A bare bubble or carousel is imported inside <Flex>: that message is what rendering gives back. */
function expectedMessage(json: unknown, altText: string): unknown {
  const container =
    typeof json === 'object' && json !== null && ['bubble', 'carousel'].includes((json as { type?: unknown }).type as string);
  return container ? { type: 'flex', altText, contents: json } : json;
}

describe.skipIf(!corpusAvailable)(`import round trip: every corpus file${corpusAvailable ? '' : ` (${CORPUS_MISSING})`}`, () => {
  for (const file of corpus()) {
    const kind = kindOfFile(file.name);
    it(file.name, async () => {
      const altText = 'Imported flex';
      const result = importJson(file.json, { componentName: 'Imported', altText });
      expect(result.kind).toBe(kind);
      const expected = asJson(expectedMessage(file.json, altText));
      const validation = VALIDATE[kind](expected);
      const outcome = await renderImported(result, 'import-corpus', file.name);
      if (validation.ok) {
        // Valid JSON is written with components only.
        expect(result.kept).toEqual([]);
        expect(result.tsx).not.toContain('<Raw');
        expect(outcome).toEqual({ rendered: expected });
        await expect(result.tsx).toMatchFileSnapshot(`__snapshots__/corpus/${file.name.replace(/\.json$/, '.tsx')}`);
      } else {
        expect(outcome).toEqual({ problems: problemsOf(validation.issues) });
      }
    });
  }
});

describe('import round trip: every example design (render, import, render)', () => {
  for (const example of examples) {
    it(example.id, async () => {
      const element = sampleElement(example);
      // A set of rich menus (tabs) imports menu by menu: LINE JSON holds one menu at a time.
      const outputs = example.kind === 'richMenu' ? renderRichMenus(element).map((m) => m.menu) : [render(element)];
      for (const [i, output] of outputs.entries()) {
        const json = asJson(output);
        const name = outputs.length > 1 ? `${example.id}-${i}` : example.id;
        const result = importJson(json, { componentName: 'Imported' });
        expect(result.kind).toBe(example.kind);
        expect(result.kept).toEqual([]);
        expect(await renderImported(result, 'import-examples', name)).toEqual({ rendered: json });
        await expect(result.tsx).toMatchFileSnapshot(`__snapshots__/examples/${name}.tsx`);
      }
    });
  }
});
