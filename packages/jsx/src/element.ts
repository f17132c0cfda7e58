/** The element tree that JSX builds: plain objects, rendered later by `render()`. */
import type { SourceLocation } from '@linejsx/schema';

export const ELEMENT = Symbol.for('linejsx.element');

/** Anything JSX accepts as a child. */
export type LineNode = LineElement | string | number | bigint | boolean | null | undefined | readonly LineNode[];

/** A function component: ours and yours alike are functions of props. */
export type Component<P = never> = (props: P) => LineNode;

/** What `<Tag {...props}>children</Tag>` evaluates to. */
export interface LineElement<P = unknown> {
  readonly $$typeof: typeof ELEMENT;
  /** The component; typed loosely so that elements of every component fit one type. */
  readonly type: Component<never>;
  readonly props: P;
  readonly key: string | number | null;
  /** Where the element was written; set by the dev runtime (vitest, Storybook, tsx in dev). */
  readonly source: SourceLocation | undefined;
}

export function isElement(value: unknown): value is LineElement {
  return typeof value === 'object' && value !== null && (value as { $$typeof?: unknown }).$$typeof === ELEMENT;
}

/** Builds an element; `jsx()`, `jsxDEV()` and direct calls of built-in components all end here. */
export function createElement<P>(type: Component<P>, props: P, key?: string | number | null, source?: SourceLocation): LineElement<P> {
  return { $$typeof: ELEMENT, type, props, key: key ?? null, source };
}

/**
 * Groups children without adding anything to the output: `<>…</>`.
 *
 * @example
 * renderMessages(<><Text>Hello</Text><Sticker packageId="446" stickerId="1988" /></>);
 */
export function Fragment(props: { children?: LineNode }): LineNode {
  return props.children;
}
