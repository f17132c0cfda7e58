/** Prints the imported file: the import line, comments, and the exported function component. */
import { type Doc, group, hardline, ifBreak, indent, join, layout, line, softline } from './doc.ts';
import { componentsOf, type JsxElement } from './jsx-tree.ts';
import { elementDoc } from './print-jsx.ts';

/** `// …` lines of at most `width` columns, breaking between words. */
export function comment(text: string, width: number): Doc[] {
  const lines: Doc[] = [];
  for (const paragraph of text.split('\n')) {
    // The lines of a list item start under its text.
    const next = paragraph.startsWith('- ') ? '//  ' : '//';
    let current = '//';
    for (const word of paragraph.split(' ')) {
      if (current.length > next.length && current.length + 1 + word.length > width) {
        lines.push(current, hardline);
        current = next;
      }
      current += ` ${word}`;
    }
    lines.push(current, hardline);
  }
  return lines;
}

export interface ModuleParts {
  readonly root: JsxElement;
  readonly componentName: string;
  /** Paragraphs of the comment above the component. */
  readonly notes: readonly string[];
  readonly printWidth: number;
}

/** The whole `.tsx` file. */
export function printModule({ root, componentName, notes, printWidth }: ModuleParts): string {
  const names = [...componentsOf(root)].sort();
  const importLine = group(['import {', indent([line, join([',', line], names)]), ifBreak(','), line, "} from '@linejsx/jsx';"]);
  const body = group(['return ', ifBreak('('), indent([softline, elementDoc(root)]), softline, ifBreak(')'), ';']);
  const doc: Doc = [
    importLine,
    hardline,
    hardline,
    ...notes.flatMap((note) => comment(note, printWidth)),
    `export function ${componentName}() {`,
    indent([hardline, body]),
    hardline,
    '}',
    hardline,
  ];
  return layout(doc, printWidth);
}
