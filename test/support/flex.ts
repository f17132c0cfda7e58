/**
 * Small builders and probes for the flex suites: raw flex JSON around the part under test, and the
 * problems LINE's rules find in it, as `[JSON path, message]` pairs that read like the error.
 */
import { LineValidationError } from '@linejsx/jsx';
import { type ValidationIssue, validateMessage } from '@linejsx/schema';

export const IMAGE = 'https://images.example.com/photo.jpg';
export const VIDEO = 'https://images.example.com/clip.mp4';

/** A flex message around `contents` (a bubble or a carousel). */
export function flexMessage(contents: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'flex', altText: 'test', contents, ...extra };
}

/** A vertical box holding `contents`, with extra box properties. */
export function box(contents: unknown[], props: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'box', layout: 'vertical', contents, ...props };
}

/** A bubble whose body is a vertical box of `contents`. */
export function bodyBubble(contents: unknown[], props: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'bubble', body: box(contents), ...props };
}

/** A flex message of one bubble whose body holds `contents`. */
export function bodyMessage(...contents: unknown[]): Record<string, unknown> {
  return flexMessage(bodyBubble(contents));
}

/** A flex text. */
export function text(value: string, props: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'text', text: value, ...props };
}

/** A video hero component with its required properties. */
export function video(props: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'video', url: VIDEO, previewUrl: IMAGE, altContent: { type: 'image', url: IMAGE }, ...props };
}

/** Every problem `validateMessage` finds, as `[path, message]`. */
export function issuesOf(message: unknown): Array<[string, string]> {
  const result = validateMessage(message);
  return result.issues.map((issue) => [issue.path, issue.message]);
}

/** The full issues of an invalid message (for code and limit checks). */
export function fullIssues(message: unknown): readonly ValidationIssue[] {
  return validateMessage(message).issues;
}

/** Runs a render that must fail and returns its error. */
export function renderError(run: () => unknown): LineValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof LineValidationError) return error;
    throw error;
  }
  throw new Error('expected a LineValidationError');
}

/** A failed render's problems as `[component path, JSON path, message]`. */
export function renderProblems(run: () => unknown): Array<[string | undefined, string, string]> {
  return renderError(run).issues.map((issue) => [issue.component?.path, issue.path, issue.message]);
}
