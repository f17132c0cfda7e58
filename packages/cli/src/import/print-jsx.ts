/** Turns the importer's JSX tree and JSON values into a layout `Doc`: TSX a person would write. */
import { type Doc, group, ifBreak, indent, join, line, softline } from './doc.ts';
import { isObject, type JsxChild, JsxElement, type JsxProp } from './jsx-tree.ts';

const INVISIBLE = [0x180e, 0x200b, 0x2028, 0x2029, 0x2060, 0xfeff];

/** A single-quoted JavaScript string literal; escapes only what must be, keeps other Unicode. */
export function jsString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "'" || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    // Control characters, line separators, invisible spaces and lone surrogates are unreadable in source.
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || INVISIBLE.includes(code) || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}'`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An object literal key: bare when it is an identifier; `__proto__` computed, so it stays a key. */
function objectKey(key: string): string {
  if (key === '__proto__') return `[${jsString(key)}]`;
  return IDENTIFIER.test(key) ? key : jsString(key);
}

/** A JSON value as a JavaScript literal: objects and arrays on one line when they fit. */
export function jsValue(value: unknown): Doc {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return jsString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return group(['[', indent([softline, join([',', line], value.map(jsValue))]), ifBreak(','), softline, ']']);
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const docs = entries.map(([key, item]): Doc => [objectKey(key), ': ', jsValue(item)]);
    return group(['{', indent([line, join([',', line], docs)]), ifBreak(','), line, '}']);
  }
  throw new TypeError(`not a JSON value: ${typeof value}`);
}

// What JSX text can not hold as it is: braces and angle brackets are syntax, `&name;` is an entity,
// line breaks and tabs are collapsed, control characters and lone surrogates can not be read.
// (With the u flag, the surrogate range matches only surrogates that are not half of a pair.)
const UNSAFE_IN_TEXT = /[{}<>\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]|&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/iu;
const UNSAFE_IN_ATTRIBUTE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]|&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/iu;
// What JSX compilers trim at the ends of lines: \s, and the spaces TypeScript also counts (U+0085,
// U+180E, U+200B…).
const SPACE = '[\\s\\u0085\\u180e\\u200b-\\u200d\\u2060\\ufeff]';
const ALL_SPACE = new RegExp(`^${SPACE}*$`);
const EDGE_SPACE = new RegExp(`^${SPACE}|${SPACE}$`);
const LEADING = new RegExp(`^${SPACE}`);
const TRAILING = new RegExp(`${SPACE}$`);
// On one line, only a plain space may touch a sibling element: any other reads as a typo.
const ODD_EDGE = new RegExp(`^ *(?! )${SPACE}|${SPACE}(?<! ) *$`);

/** An attribute: `name="text"`, `name`, `name={…}`, or a spread for a key that is not a name. */
function propDoc([name, value]: JsxProp): Doc {
  if (!IDENTIFIER.test(name) || name === '__proto__') return ['{...', jsValue({ [name]: value }), '}'];
  if (value === true) return name;
  if (typeof value === 'string' && !UNSAFE_IN_ATTRIBUTE.test(value)) return `${name}="${value}"`;
  if (value instanceof JsxElement) return group([name, '={', indent([softline, elementDoc(value)]), softline, '}']);
  return [name, '={', jsValue(value), '}'];
}

/**
 * A text child. As JSX text when it reads the same, otherwise as `{'…'}`. On one line, a space next
 * to a sibling element is kept by JSX (`Total <Span>…`); when the children break onto lines, every
 * edge space would be lost, so such text is written as a string.
 */
function textDoc(text: string, first: boolean, last: boolean): Doc {
  const literal = `{${jsString(text)}}`;
  if (ALL_SPACE.test(text) || UNSAFE_IN_TEXT.test(text)) return literal;
  const brokenForm = EDGE_SPACE.test(text) ? literal : text;
  const edgesInLine = (first && LEADING.test(text)) || (last && TRAILING.test(text)) || ODD_EDGE.test(text);
  return ifBreak(brokenForm, edgesInLine ? literal : text);
}

/** Components whose children are running text: they may stay on one line with their children. */
const INLINE = new Set(['Text', 'Span']);

/** An element and its children; a fragment (name `''`) as `<>…</>`. */
export function elementDoc(element: JsxElement): Doc {
  const { name, props, children } = element;
  if (name === '' && children.length === 0) return '<></>';
  // One string attribute stays beside its tag, however long: breaking there would not shorten it.
  const only = props.length === 1 ? propDoc(props[0]!) : undefined;
  const lone = typeof only === 'string' ? ` ${only}` : undefined;
  const attributes = indent(props.map((prop): Doc => [line, propDoc(prop)]));
  if (children.length === 0) return lone ? `<${name}${lone} />` : group(['<', name, attributes, line, '/>']);
  const open = name === '' ? '<>' : lone ? `<${name}${lone}>` : group(['<', name, attributes, softline, '>']);
  const docs = children.map(
    (child: JsxChild, i): Doc => (typeof child === 'string' ? textDoc(child, i === 0, i === children.length - 1) : elementDoc(child)),
  );
  const elements = children.filter((c): c is JsxElement => typeof c !== 'string');
  const alwaysBreak = name === '' || (!INLINE.has(name) && (elements.length > 1 || elements.some((e) => e.children.length > 0)));
  return group([open, indent([softline, join(softline, docs)]), softline, `</${name}>`], alwaysBreak);
}
