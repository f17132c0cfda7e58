/**
 * Writes docs/components.md, the components reference, from the code so that it can not drift:
 * the components and their sections as `packages/jsx/src/index.ts` exports them, each one's JSDoc
 * and props (read with the TypeScript compiler API), where it may go (its slots, from
 * `defineBuiltin`), and the LINE limits linejsx enforces for it (from `LIMITS`).
 *
 * A limit belongs to a component when the component's JSDoc cites the LINE reference section the
 * limit comes from (`R#text-message`), or, for a limit whose section no component cites (labels,
 * altText), when the component has a prop of the limited name.
 *
 * `pnpm docs:components` writes the file; `test/docs/components-reference.test.ts` fails when the
 * committed file is not what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as jsx from '@linejsx/jsx';
import { LIMITS, type Limit, type LimitId } from '@linejsx/schema';
import ts from 'typescript';
import { count } from '../packages/cli/src/words.ts';
import { builtinOf, SLOTS, type Slot } from '../packages/jsx/src/render/builtin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INDEX = `${ROOT}packages/jsx/src/index.ts`;
export const REFERENCE = `${ROOT}docs/components.md`;

interface Prop {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string;
}

/** One set of props: a component's, or one of several it takes by where it goes (`<Image>`). */
interface PropSet {
  readonly heading?: string;
  readonly props: readonly Prop[];
}

interface ComponentDoc {
  readonly name: string;
  readonly section: string;
  readonly description: string;
  readonly examples: readonly string[];
  readonly slots: readonly Slot[];
  readonly propSets: readonly PropSet[];
  readonly anchors: readonly string[];
}

const ANCHOR = /`([RDS][#:][\w.#-]+)`/g;
const UNITS: Readonly<Record<Limit['unit'], string>> = {
  utf16: 'characters (UTF-16 code units)',
  grapheme: 'characters (as people count them)',
  items: 'items',
  bytes: 'bytes',
  number: '',
};

function docText(parts: ts.SymbolDisplayPart[]): string {
  return ts.displayPartsToString(parts).trim();
}

// Longer type texts are shortened: object types inside them become `{ type: 'span'; … }`.
const LONG_TYPE = 100;

/** `{ type: 'span'; text: string; … }[]` -> `{ type: 'span'; … }[]`: each object type cut to its `type`, if it has one. */
function shorten(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    // `${number}px` is a template literal type, not an object.
    const template = text[i] === '$' && text[i + 1] === '{';
    if (text[i] !== '{' && !template) {
      out += text[i];
      continue;
    }
    let depth = 0;
    let end = template ? i + 1 : i;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const body = text.slice(template ? i + 2 : i + 1, end);
    const type = /^\s*type\??: ('[^']*')/.exec(body)?.[1];
    out += template ? text.slice(i, end + 1) : type ? `{ type: ${type}; … }` : '{ … }';
    i = end;
  }
  return out;
}

/** A prop's type as written for people: no `| undefined` on optional props, local aliases spelt out, one line. */
function typeText(checker: ts.TypeChecker, type: ts.Type, optional: boolean): string {
  const shown = optional ? checker.getNonNullableType(type) : type;
  // A named set of values (`FlexSpacing`) names the type in editors and errors; a reader of the
  // reference wants the values themselves.
  const values = shown.isUnion() && shown.types.every((t) => t.isStringLiteral() || (t.flags & ts.TypeFlags.TemplateLiteral) !== 0);
  const flags =
    ts.TypeFormatFlags.NoTruncation |
    ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
    (values ? ts.TypeFormatFlags.InTypeAlias : 0);
  const text = checker.typeToString(shown, undefined, flags).replace(/\s+/g, ' ');
  return text.length > LONG_TYPE ? shorten(text) : text;
}

function propsOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node): Prop[] {
  return checker
    .getPropertiesOfType(type)
    .map((symbol) => {
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      return {
        name: symbol.name,
        type: typeText(checker, checker.getTypeOfSymbolAtLocation(symbol, at), optional),
        optional,
        doc: docText(symbol.getDocumentationComment(checker)),
      };
    })
    .sort((a, b) => Number(a.optional) - Number(b.optional) || (a.name === 'children' ? 1 : 0) - (b.name === 'children' ? 1 : 0));
}

/** The props type argument of `defineBuiltin<P>(…)` or `defineAction<P>(…)`. */
function propsType(checker: ts.TypeChecker, declaration: ts.VariableDeclaration): ts.Type | undefined {
  const call = declaration.initializer;
  if (!call || !ts.isCallExpression(call) || !call.typeArguments?.[0]) return undefined;
  return checker.getTypeFromTypeNode(call.typeArguments[0]);
}

function propSets(checker: ts.TypeChecker, declaration: ts.VariableDeclaration): PropSet[] {
  const type = propsType(checker, declaration);
  if (!type) return [];
  // A union of props types is a component that takes other props in other places: one table each.
  if (type.isUnion() && type.types.every((t) => t.aliasSymbol ?? t.getSymbol())) {
    return type.types.map((part) => {
      const symbol = part.aliasSymbol ?? part.getSymbol()!;
      return { heading: docText(symbol.getDocumentationComment(checker)) || symbol.name, props: propsOf(checker, part, declaration) };
    });
  }
  return [{ props: propsOf(checker, type, declaration) }];
}

/** Every component `packages/jsx/src/index.ts` exports, in its order, under its section comment. */
export function readComponents(): ComponentDoc[] {
  const program = ts.createProgram([INDEX], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    // The packages' sources, as the repository's tsconfig reads them (docs/architecture.md).
    customConditions: ['@linejsx/source'],
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(INDEX)!;
  const components: ComponentDoc[] = [];
  let section = '';
  for (const statement of index.statements) {
    const comment = ts
      .getLeadingCommentRanges(index.text, statement.pos)
      ?.map((r) => index.text.slice(r.pos, r.end))
      .find((c) => c.startsWith('// '));
    if (comment) section = comment.slice(3).trim();
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      if (element.isTypeOnly) continue;
      const definition = builtinOf((jsx as Record<string, unknown>)[element.name.text]);
      if (!definition) continue;
      const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(element.name)!);
      const declaration = symbol.valueDeclaration;
      if (!declaration || !ts.isVariableDeclaration(declaration)) continue;
      const description = docText(symbol.getDocumentationComment(checker));
      const examples = symbol
        .getJsDocTags(checker)
        .filter((tag) => tag.name === 'example')
        .map((tag) => docText(tag.text ?? []));
      components.push({
        name: element.name.text,
        section,
        description,
        examples,
        slots: Object.keys(definition.slots) as Slot[],
        propSets: propSets(checker, declaration),
        anchors: [...new Set([...description.matchAll(ANCHOR)].map((m) => m[1]!))],
      });
    }
  }
  return components;
}

/** Which limits belong to which component (see the file's comment). */
export function limitsByComponent(components: readonly ComponentDoc[]): Map<string, LimitId[]> {
  const cited = new Set(components.flatMap((c) => c.anchors));
  const ids = Object.keys(LIMITS) as LimitId[];
  return new Map(
    components.map((c) => {
      const props = new Set(c.propSets.flatMap((set) => set.props.map((p) => p.name)));
      const own = ids.filter((id) => {
        const limit: Limit = LIMITS[id];
        return c.anchors.includes(limit.source) || (!cited.has(limit.source) && props.has(limit.what));
      });
      return [c.name, own];
    }),
  );
}

/** `1 to 5,000 characters (UTF-16 code units)`, `at most 13 items`, `800 to 2,500`. */
function limitWords(limit: Limit): string {
  const unit = UNITS[limit.unit] ? ` ${UNITS[limit.unit]}` : '';
  if (limit.min !== undefined && limit.max !== undefined)
    return limit.min === limit.max ? `exactly ${count(limit.max)}${unit}` : `${count(limit.min)} to ${count(limit.max)}${unit}`;
  if (limit.max !== undefined) return `at most ${count(limit.max)}${unit}`;
  return `at least ${count(limit.min!)}${unit}`;
}

/** Prose with `<Tag>`s outside code spans put in code spans, so that Markdown shows them instead of taking them for HTML. */
function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<\/?[A-Z][\w.]*(?: [^<>]*)?\/?>/g, (tag) => `\`${tag}\``)))
    .join('');
}

const cell = (text: string) => prose(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** A code span that holds backticks too (template literal types): ``` `` `${number}px` `` ```. */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const anchor = (name: string) => name.toLowerCase();

function componentMarkdown(component: ComponentDoc, limits: readonly LimitId[]): string {
  const lines = [`### \`<${component.name}>\``, '', prose(component.description), ''];
  lines.push(`Goes ${prose(component.slots.map((slot) => SLOTS[slot]).join(', '))}.`, '');
  for (const example of component.examples) lines.push('```tsx', example, '```', '');
  for (const set of component.propSets) {
    if (set.heading) lines.push(prose(set.heading), '');
    if (set.props.length === 0) {
      lines.push('No props.', '');
      continue;
    }
    lines.push('| prop | type | |', '| --- | --- | --- |');
    for (const prop of set.props)
      lines.push(
        `| \`${prop.name}\`${prop.optional ? '' : ' (required)'} | ${code(prop.type.replace(/\|/g, '\\|'))} | ${cell(prop.doc)} |`,
      );
    lines.push('');
  }
  if (limits.length > 0) {
    lines.push('LINE limits of the reference sections above:', '', '| limit | what | allowed | source |', '| --- | --- | --- | --- |');
    for (const id of limits) {
      const limit: Limit = LIMITS[id];
      lines.push(`| \`${id}\` | ${cell(limit.what)} | ${limitWords(limit)} | \`${limit.source}\` |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The reference as Markdown.
 *
 * @example
 * writeFileSync('docs/components.md', componentsReference());
 */
export function componentsReference(): string {
  const components = readComponents();
  const limits = limitsByComponent(components);
  const sections = [...new Set(components.map((c) => c.section))];
  const out = [
    '# Components reference',
    '',
    "<!-- Generated by `pnpm docs:components` (scripts/components-reference.ts) from the code; edit the components' JSDoc and run it again. -->",
    '',
    'Every component of [`@linejsx/jsx`](../packages/jsx), where it may go, its props, and the LINE limits linejsx enforces for it.',
    "Props are LINE's property names (see [How linejsx is built](architecture.md#props-are-lines-property-names));",
    "limits come from [`LIMITS`](../packages/schema/src/limits.ts), each with its source in LINE's reference (`R#…`), docs (`D:…`) or OpenAPI spec (`S:…`).",
    '',
    ...sections.map(
      (section) =>
        `- **${section}**: ${components
          .filter((c) => c.section === section)
          .map((c) => `[\`<${c.name}>\`](#${anchor(c.name)})`)
          .join(', ')}`,
    ),
    '',
  ];
  for (const section of sections) {
    out.push(`## ${section}`, '');
    for (const component of components.filter((c) => c.section === section))
      out.push(componentMarkdown(component, limits.get(component.name) ?? []));
  }
  out.push(
    '## Every limit',
    '',
    'All of `LIMITS`, with the components above that each one applies to; the others limit a request as a whole.',
    '',
    '| limit | what | allowed | source | components |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const id of Object.keys(LIMITS) as LimitId[]) {
    const limit: Limit = LIMITS[id];
    const users = components.filter((c) => limits.get(c.name)?.includes(id)).map((c) => `\`<${c.name}>\``);
    out.push(`| \`${id}\` | ${cell(limit.what)} | ${limitWords(limit)} | \`${limit.source}\` | ${users.join(', ')} |`);
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REFERENCE, componentsReference());
  process.stdout.write(`wrote ${REFERENCE.slice(ROOT.length)}\n`);
}
