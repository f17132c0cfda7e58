/**
 * The one error type of linejsx validation, and the shape of each problem it carries.
 */
import type { LimitId } from './limits.ts';

/** What kind of rule a problem broke; stable, for programs that react to problems. */
export type IssueCode =
  /** A string is longer than LINE allows. */
  | 'too_long'
  /** A string is shorter than LINE allows (usually: empty). */
  | 'too_short'
  /** An array has more items than LINE allows. */
  | 'too_many'
  /** An array has fewer items than LINE requires. */
  | 'too_few'
  /** A number is out of LINE's range. */
  | 'out_of_range'
  /** A required property is missing. */
  | 'required'
  /** A value has the wrong JSON type. */
  | 'invalid_type'
  /** A value is not one of the keywords LINE accepts. */
  | 'invalid_value'
  /** A string does not have the format LINE expects (URL, colour, date, ...). */
  | 'invalid_format'
  /** A property LINE does not know. */
  | 'unknown_property'
  /** Properties that are fine alone but not together, or a rule between values. */
  | 'invalid_combination'
  /** A component used where LINE (or JSX nesting) does not allow it. */
  | 'invalid_nesting'
  /** Objects and arrays nested deeper than `LIMITS.nesting`, or a value that contains itself. */
  | 'too_deep';

/** Where in TSX source an element was written (from the dev runtime). */
export interface SourceLocation {
  readonly fileName: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

/** The JSX element a problem comes from; filled in by `@linejsx/jsx`. */
export interface ComponentRef {
  /** Component path from the rendered root, e.g. `<Flex> > <Bubble> > <Body> > <Text>`. */
  readonly path: string;
  readonly source?: SourceLocation;
}

/** One problem found in a LINE object. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `contents.body.contents[0].text`. */
  readonly path: string;
  /** The rule in plain words, e.g. `altText is 1,532 characters; LINE allows at most 1,500`. */
  readonly message: string;
  readonly code: IssueCode;
  /** The entry of `LIMITS` that was exceeded, when a limit was. */
  readonly limit?: LimitId;
  /** The JSX element that produced the value, when it came from JSX. */
  readonly component?: ComponentRef;
}

function relativeFile(fileName: string): string {
  const cwd = typeof process !== 'undefined' && typeof process.cwd === 'function' ? process.cwd() : '';
  return cwd && fileName.startsWith(`${cwd}/`) ? fileName.slice(cwd.length + 1) : fileName;
}

/** `examples/receipt.tsx:22:11` */
export function formatSource(source: SourceLocation): string {
  return `${relativeFile(source.fileName)}:${source.lineNumber}:${source.columnNumber}`;
}

/** Formats issues as the indented list used in error messages and the CLI. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const lines: string[] = [];
  let lastComponent = '';
  for (const issue of issues) {
    const where = issue.component
      ? `${issue.component.path}${issue.component.source ? `   ${formatSource(issue.component.source)}` : ''}`
      : '';
    if (where && where !== lastComponent) lines.push(`  ${where}`);
    lastComponent = where;
    lines.push(`${where ? '    ' : '  '}${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  }
  return lines.join('\n');
}

/**
 * Thrown when a LINE object breaks LINE's rules, listing every problem at once.
 *
 * @example
 * try {
 *   render(<Text>{'x'.repeat(5001)}</Text>);
 * } catch (error) {
 *   if (error instanceof LineValidationError) {
 *     for (const issue of error.issues) console.log(issue.path, issue.message);
 *   }
 * }
 */
export class LineValidationError extends Error {
  override readonly name = 'LineValidationError';
  readonly code = 'LINE_VALIDATION' as const;
  readonly issues: readonly ValidationIssue[];
  /** What was validated: a component name such as `<Receipt>` or a phrase such as `the message`. */
  readonly subject: string;

  constructor(issues: readonly ValidationIssue[], subject = 'the message') {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`${count} in ${subject}\n${formatIssues(issues)}`);
    this.issues = issues;
    this.subject = subject;
  }
}

/** The result of a `validate…` call: the valid value, or every problem found. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };
