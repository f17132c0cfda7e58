/**
 * A small pretty-printing layout (Wadler's "prettier printer", as prettier uses it): the printed
 * code is described as text, line breaks and groups, and each group goes on one line when it fits
 * in the width, or breaks its lines otherwise.
 */

export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak;

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  /** Always broken: it holds a hard line or a group that must break. */
  readonly broken: boolean;
}

interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}

interface Line {
  readonly kind: 'line';
  /** What the line is when its group is flat: a space, or nothing. */
  readonly flat: ' ' | '';
  readonly hard: boolean;
}

interface IfBreak {
  readonly kind: 'ifBreak';
  readonly broken: Doc;
  readonly flat: Doc;
}

/** A space, or a line break when the group breaks. */
export const line: Doc = { kind: 'line', flat: ' ', hard: false };
/** Nothing, or a line break when the group breaks. */
export const softline: Doc = { kind: 'line', flat: '', hard: false };
/** Always a line break; the groups around it break too. */
export const hardline: Doc = { kind: 'line', flat: '', hard: true };

/** Breaks when `mustBreak`, or when it holds a hard line or a group that must break. */
function mustBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return doc.some(mustBreak);
  const node = doc as Group | Indent | Line | IfBreak;
  switch (node.kind) {
    case 'group':
      return node.broken;
    case 'indent':
      return mustBreak(node.contents);
    case 'line':
      return node.hard;
    case 'ifBreak':
      return mustBreak(node.broken);
  }
}

/** Lays `contents` out on one line if it fits, else breaks its lines (not those of inner groups). */
export function group(contents: Doc, alwaysBreak = false): Doc {
  return { kind: 'group', contents, broken: alwaysBreak || mustBreak(contents) };
}

/** Indents the lines that break inside `contents` by one more level. */
export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents };
}

/** `broken` when the enclosing group breaks, `flat` when it is on one line. */
export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return { kind: 'ifBreak', broken, flat };
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) out.push(separator);
    out.push(doc);
  });
  return out;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each of these is counted on its own, as zero columns
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\ufe0f]/u;

/** Columns a string takes in a monospaced editor: CJK and emoji count two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x300) width++;
    else if (ZERO_WIDTH.test(char)) continue;
    else width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

const BREAK = true;
const FLAT = false;
type Command = readonly [level: number, broken: boolean, doc: Doc];

/** Whether `next`, then what follows it up to the next line break, fits in `room` columns. */
function fits(next: Command, rest: readonly Command[], room: number): boolean {
  const stack: Command[] = [next];
  let restIndex = rest.length;
  while (room >= 0) {
    const command = stack.pop() ?? (restIndex > 0 ? rest[--restIndex] : undefined);
    if (!command) return true;
    const [level, broken, doc] = command;
    if (typeof doc === 'string') {
      room -= displayWidth(doc);
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push([level, broken, doc[i] as Doc]);
    } else {
      const node = doc as Group | Indent | Line | IfBreak;
      if (node.kind === 'group') stack.push([level, node.broken ? BREAK : broken, node.contents]);
      else if (node.kind === 'indent') stack.push([level + 1, broken, node.contents]);
      else if (node.kind === 'ifBreak') stack.push([level, broken, broken ? node.broken : node.flat]);
      else if (broken || node.hard) return true;
      else room -= node.flat.length;
    }
  }
  return false;
}

/** Prints `doc` within `width` columns, indenting by `indentBy` per level. */
export function layout(doc: Doc, width: number, indentBy = '  '): string {
  let out = '';
  let column = 0;
  const stack: Command[] = [[0, BREAK, doc]];
  while (stack.length > 0) {
    const [level, broken, current] = stack.pop()!;
    if (typeof current === 'string') {
      out += current;
      column += displayWidth(current);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([level, broken, current[i] as Doc]);
    } else {
      const node = current as Group | Indent | Line | IfBreak;
      if (node.kind === 'group') {
        const flat: Command = [level, FLAT, node.contents];
        const breakIt = node.broken || (broken && !fits(flat, stack, width - column));
        stack.push(breakIt ? [level, BREAK, node.contents] : flat);
      } else if (node.kind === 'indent') {
        stack.push([level + 1, broken, node.contents]);
      } else if (node.kind === 'ifBreak') {
        stack.push([level, broken, broken ? node.broken : node.flat]);
      } else if (broken || node.hard) {
        out += `\n${indentBy.repeat(level)}`;
        column = indentBy.length * level;
      } else {
        out += node.flat;
        column += node.flat.length;
      }
    }
  }
  return out;
}
