/** Helpers shared by the suites that check what validation and rendering report. */
import { LineValidationError, type ValidationIssue, validateMessage } from '@linejsx/schema';

/** Runs `run` and returns the `LineValidationError` it throws; fails if it throws nothing or something else. */
export function catchValidation(run: () => unknown): LineValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof LineValidationError) return error;
    throw error;
  }
  throw new Error('expected a LineValidationError, but nothing was thrown');
}

/** The issues of validating one message (empty when it is valid). */
export function issuesOf(message: unknown): readonly ValidationIssue[] {
  const result = validateMessage(message);
  return result.ok ? [] : result.issues;
}

/** `path: message` lines, the most readable form to compare in `toEqual`. */
export function describeIssues(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}

/** An https URL of exactly `length` characters (an empty string for 0). */
export function urlOfLength(length: number, base = 'https://cdn.example.com/'): string {
  return length <= base.length ? base.slice(0, length) : base + 'a'.repeat(length - base.length);
}

/** A LINE user ID: U followed by 32 hex digits. */
export function userId(digit: string): string {
  return `U${digit.repeat(32)}`;
}

/** Each issue of a render error as `[component path, JSON path, message]`. */
export function located(error: LineValidationError): Array<[string | undefined, string, string]> {
  return error.issues.map((issue) => [issue.component?.path, issue.path, issue.message]);
}
