/**
 * Matchers for vitest's `expect`: does an element render to valid LINE JSON, and does it fail with
 * the problem a test expects. Each takes an element, a function that renders (called), or LINE JSON
 * (validated).
 */
import { isElement, type LineNode, LineValidationError } from '@linejsx/jsx';
import { formatIssues, type IssueCode, type LimitId, type ValidationIssue } from '@linejsx/schema';
import type { Matcher, MatcherState } from 'vitest';
import { isObject, jsonKindOf, kindOf, nameOf, type RenderKind, renderAs, validateAs } from './render-any.ts';

/**
 * A problem `toFailWith` looks for. A string is part of the message and a RegExp is tested against
 * it; in an object every field given must match: strings exactly (but `message`, which is a part of
 * the message), RegExps by test. `component` is the component path, `<Flex> > <Carousel> > <Bubble>[12]`.
 */
export type IssuePattern =
  | string
  | RegExp
  | {
      readonly message?: string | RegExp;
      readonly path?: string | RegExp;
      readonly code?: IssueCode;
      readonly limit?: LimitId;
      readonly component?: string | RegExp;
    };

/** The matchers, as `expect(…)` and `expect.…` (asymmetric) offer them once installed. */
export interface LineMatchers<R = unknown> {
  /**
   * Passes when the element renders to one valid LINE message (`render()`).
   *
   * @example
   * expect(<Receipt order={sample} />).toRenderValidMessage();
   */
  toRenderValidMessage(): R;
  /**
   * Passes when the element renders to a valid messages array of 1 to 5 (`renderMessages()`).
   *
   * @example
   * expect(<><Text>Hi</Text><Sticker packageId="446" stickerId="1988" /></>).toRenderValidMessages();
   */
  toRenderValidMessages(): R;
  /**
   * Passes when the element renders to a valid rich menu (`renderRichMenu()`).
   *
   * @example
   * expect(<MainMenu />).toRenderValidRichMenu();
   */
  toRenderValidRichMenu(): R;
  /**
   * Passes when rendering fails with a problem matching each pattern. A fragment renders as
   * messages, a `<RichMenu>` as a rich menu, anything else as one message.
   *
   * @example
   * expect(<ThirteenBubbles />).toFailWith(/at most 12 bubbles/);
   * expect(<Card />).toFailWith({ path: 'contents.hero.url', component: /<Hero> > <Image>$/ });
   */
  toFailWith(...patterns: IssuePattern[]): R;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** JSON, not elements: validated as what it looks like (an array as messages unless all rich menus, `{ size, areas }` as a rich menu). */
function jsonKind(value: unknown): RenderKind | undefined {
  if (isElement(value) || (Array.isArray(value) && value.some(isElement))) return undefined;
  if (Array.isArray(value)) return jsonKindOf(value) ?? 'messages';
  return isObject(value) ? (jsonKindOf(value) ?? 'message') : undefined;
}

/** Renders (or calls, or validates) what the test gave; other errors than LineValidationError propagate. */
function outcome(received: unknown, kind?: RenderKind): Outcome {
  const json = jsonKind(received);
  if (json) {
    const result = validateAs(received, kind ?? json);
    return result.ok ? { ok: true, value: received } : { ok: false, issues: result.issues };
  }
  try {
    const value =
      typeof received === 'function' ? (received as () => unknown)() : renderAs(received as LineNode, kind ?? kindOf(received as LineNode));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof LineValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}

const WHAT: Record<RenderKind, string> = {
  message: 'a valid LINE message',
  messages: 'valid LINE messages',
  richMenu: 'a valid LINE rich menu',
  richMenus: 'valid LINE rich menus',
};

function problems(issues: readonly ValidationIssue[]): string {
  return `${issues.length === 1 ? '1 problem' : `${issues.length} problems`}:\n${formatIssues(issues)}`;
}

function renderMatcher(kind: RenderKind): Matcher<MatcherState, []> {
  return function (this: MatcherState, received: unknown) {
    const result = outcome(received, kind);
    const subject = nameOf(received);
    return {
      pass: result.ok,
      message: () =>
        result.ok
          ? `expected ${subject} not to render ${WHAT[kind]}, but it rendered:\n${JSON.stringify(result.value, null, 2)}`
          : `expected ${subject} to render ${WHAT[kind]}, but it has ${problems(result.issues)}`,
    };
  };
}

function test(actual: string | undefined, expected: string | RegExp | undefined, part = false): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  if (typeof expected === 'string') return part ? actual.includes(expected) : actual === expected;
  return actual.search(expected) >= 0; // search ignores lastIndex, so a /g pattern matches every time
}

function matches(issue: ValidationIssue, pattern: IssuePattern): boolean {
  if (typeof pattern === 'string' || pattern instanceof RegExp) return test(issue.message, pattern, true);
  return (
    test(issue.message, pattern.message, true) &&
    test(issue.path, pattern.path) &&
    test(issue.code, pattern.code) &&
    test(issue.limit, pattern.limit) &&
    test(issue.component?.path, pattern.component)
  );
}

function describePattern(pattern: IssuePattern): string {
  if (typeof pattern === 'string') return JSON.stringify(pattern);
  if (pattern instanceof RegExp) return String(pattern);
  const fields = Object.entries(pattern).map(
    ([key, value]) => `${key}: ${value instanceof RegExp ? String(value) : JSON.stringify(value)}`,
  );
  return `{ ${fields.join(', ')} }`;
}

const toFailWith: Matcher<MatcherState, IssuePattern[]> = function (this: MatcherState, received: unknown, ...patterns: IssuePattern[]) {
  if (patterns.length === 0)
    throw new TypeError('toFailWith() needs a pattern: a string, a RegExp or { path, message, code, limit, component }');
  const result = outcome(received);
  const subject = nameOf(received);
  const wanted = patterns.map(describePattern).join(' and ');
  if (result.ok) {
    return { pass: false, message: () => `expected ${subject} to fail with ${wanted}, but it rendered without a problem` };
  }
  const found = patterns.map((pattern) => result.issues.find((issue) => matches(issue, pattern)));
  const pass = found.every((issue) => issue !== undefined);
  return {
    pass,
    message: () =>
      pass
        ? `expected ${subject} not to fail with ${wanted}, but it did:\n${formatIssues(found as ValidationIssue[])}`
        : `expected ${subject} to fail with ${wanted}; it has ${problems(result.issues)}`,
  };
};

/**
 * The matchers, for `expect.extend(lineMatchers)`; `@linejsx/testing/setup` does that for you.
 *
 * @example
 * import { expect } from 'vitest';
 * import { lineMatchers } from '@linejsx/testing';
 * expect.extend(lineMatchers);
 */
export const lineMatchers = {
  toRenderValidMessage: renderMatcher('message'),
  toRenderValidMessages: renderMatcher('messages'),
  toRenderValidRichMenu: renderMatcher('richMenu'),
  toFailWith,
};

declare module 'vitest' {
  // `T = any` because a declaration merged into vitest's must repeat its type parameters exactly.
  // biome-ignore lint: see above.
  interface Assertion<T = any> extends LineMatchers<T> {}
  interface AsymmetricMatchersContaining extends LineMatchers {}
}
