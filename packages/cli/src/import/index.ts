/**
 * `linejsx import`: LINE JSON to TSX written with `@linejsx/jsx` components. Rendering the TSX gives
 * back the JSON exactly, problems included, so an invalid file imports too and shows what to fix.
 */
import { nestingIssue } from '@linejsx/schema';
import { at, Conversion, type KeptJson } from './conversion.ts';
import { flexContainer } from './flex.ts';
import { componentsOf, isObject, type JsonObject, JsxElement } from './jsx-tree.ts';
import { message } from './messages.ts';
import { richMenu } from './rich-menu.ts';
import { printModule } from './tsx-module.ts';

export type { KeptJson } from './conversion.ts';

/**
 * What the JSON was, and so how to render the component: `render()` for a message (a bare bubble or
 * carousel becomes one), `renderMessages()` for an array, `renderRichMenu()` for a rich menu.
 */
export type ImportedKind = 'message' | 'messages' | 'richMenu';

export interface ImportOptions {
  /** Name of the exported function component; default `Message`, `Messages` or `Menu` by what the JSON is. */
  componentName?: string;
  /** altText of the `<Flex>` around a bare bubble or carousel; default: its first text. */
  altText?: string;
  /** Columns the code should fit in where it can (default 100). */
  printWidth?: number;
}

export interface ImportResult {
  /** The `.tsx` file. */
  readonly tsx: string;
  readonly kind: ImportedKind;
  readonly componentName: string;
  /** JSON written as `<Raw>` because no component writes it as it is (each also listed in a comment). */
  readonly kept: readonly KeptJson[];
}

/**
 * The JSON can not be imported: it is not a message, a messages array, a flex container or a rich
 * menu; or an option is wrong. Invalid LINE JSON does import (see `importJson`).
 *
 * @example
 * try {
 *   importJson(42);
 * } catch (error) {
 *   if (error instanceof ImportError) console.error(error.message); // "LINE JSON is a message object, …; this is a number"
 * }
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code = 'LINE_IMPORT' as const;
}

const DEFAULT_NAMES: Readonly<Record<ImportedKind, string>> = { message: 'Message', messages: 'Messages', richMenu: 'Menu' };

// Long enough to say what the message is in a notification; people are told to write their own.
const DERIVED_ALT_TEXT_LENGTH = 100;

/** The text of the first flex text in a bubble or carousel, for the altText of its `<Flex>`. */
function firstText(json: unknown): string | undefined {
  if (Array.isArray(json)) {
    for (const item of json) {
      const text = firstText(item);
      if (text) return text;
    }
    return undefined;
  }
  if (!isObject(json)) return undefined;
  if (json.type === 'text') {
    const spans = Array.isArray(json.contents)
      ? json.contents.map((s) => (isObject(s) && typeof s.text === 'string' ? s.text : '')).join('')
      : '';
    const text = (spans || (typeof json.text === 'string' ? json.text : '')).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return firstText(json.type === 'bubble' ? [json.header, json.hero, json.body, json.footer] : json.contents);
}

function derivedAltText(container: JsonObject): string {
  const chars = [...(firstText(container) ?? 'Flex Message')];
  return chars.length > DERIVED_ALT_TEXT_LENGTH ? `${chars.slice(0, DERIVED_ALT_TEXT_LENGTH - 1).join('')}…` : chars.join('');
}

/** The value as JSON carries it (no undefined, no functions), which is what the TSX must give back. */
function asJson(value: unknown): unknown {
  // Deeper than validation, rendering and the preview go, a component would never give it back.
  const deep = nestingIssue(value);
  if (deep) throw new ImportError(`LINE JSON can not be imported: ${deep.path ? `${deep.path}: ` : ''}${deep.message}`);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new ImportError(`LINE JSON must be JSON: ${(error as Error).message}`);
  }
  return text === undefined ? value : JSON.parse(text);
}

function kindOf(json: unknown): ImportedKind | 'container' {
  if (Array.isArray(json)) return 'messages';
  if (!isObject(json)) {
    throw new ImportError(
      `LINE JSON is a message object, an array of messages, a bubble or carousel, or a rich menu; this is ${json === null || json === undefined ? String(json) : `a ${typeof json}`}`,
    );
  }
  if (json.type === 'bubble' || json.type === 'carousel') return 'container';
  return !('type' in json) && ('areas' in json || 'chatBarText' in json) ? 'richMenu' : 'message';
}

function words(kept: KeptJson, kind: ImportedKind): string {
  const where = kept.path || (kind === 'richMenu' ? 'the rich menu' : 'the message');
  return `- ${where}: ${kept.why}`;
}

/**
 * Turns LINE JSON into a TSX module, and says what it was and what it kept as `<Raw>`.
 *
 * @example
 * const { tsx, kind } = importJson(JSON.parse(readFileSync('card.json', 'utf8')), { componentName: 'Card' });
 * writeFileSync('Card.tsx', tsx); // kind === 'message': render(<Card />)
 */
export function importJson(input: unknown, options: ImportOptions = {}): ImportResult {
  const json = asJson(input);
  const detected = kindOf(json);
  const kind: ImportedKind = detected === 'container' ? 'message' : detected;
  const conversion = new Conversion();
  const notes: string[] = [];
  let root: JsxElement;
  if (detected === 'messages') {
    root = new JsxElement(
      '',
      [],
      (json as unknown[]).map((item, i) => message(conversion, item, at('messages', i))),
    );
  } else if (detected === 'richMenu') {
    root = richMenu(conversion, json, '');
  } else if (detected === 'container') {
    const container = json as JsonObject;
    const altText = options.altText ?? derivedAltText(container);
    root = new JsxElement('Flex', [['altText', altText]], [flexContainer(conversion, container, 'contents')]);
    notes.push(
      `A bare ${container.type}, as LINE's Flex Message Simulator exports it: it is wrapped in <Flex> to make a message, ` +
        `whose altText (what notifications and the chat list show) ${options.altText === undefined ? 'is its first text; write what suits you' : 'was given'}.`,
    );
  } else {
    root = message(conversion, json, '');
  }
  if (conversion.kept.length > 0) {
    notes.push(
      '<Raw> keeps JSON that no component writes as it is, so rendering reports the same problems:',
      ...conversion.kept.map((k) => words(k, kind)),
    );
  }
  const printWidth = options.printWidth ?? 100;
  if (!Number.isInteger(printWidth) || printWidth < 20)
    throw new ImportError(`printWidth ${printWidth} is not a width for code; give a whole number of columns, 20 or more`);
  const componentName = options.componentName ?? DEFAULT_NAMES[kind];
  if (!/^[A-Z][A-Za-z0-9_]*$/.test(componentName))
    throw new ImportError(`componentName "${componentName}" is not a component name: a letter A-Z, then letters, digits or _`);
  if (componentName === 'Fragment' || componentsOf(root).has(componentName)) {
    throw new ImportError(`componentName "${componentName}" is also a component the imported TSX uses; choose another name`);
  }
  const tsx = printModule({ root, componentName, notes, printWidth });
  return { tsx, kind, componentName, kept: conversion.kept };
}

/**
 * Turns LINE JSON (a message, a messages array, a bubble or carousel as LINE's Flex Message
 * Simulator exports it, or a rich menu) into a TSX module that exports a function component.
 *
 * @example
 * import { importToTsx } from '@linejsx/cli/import';
 * const tsx = importToTsx({ type: 'text', text: 'Hello' }, { componentName: 'Hello' });
 * // import { Text } from '@linejsx/jsx';
 * //
 * // export function Hello() {
 * //   return <Text>Hello</Text>;
 * // }
 */
export function importToTsx(json: unknown, options?: ImportOptions): string {
  return importJson(json, options).tsx;
}
