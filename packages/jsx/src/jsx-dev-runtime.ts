/**
 * The development JSX runtime: like `jsx-runtime`, plus the file:line:column of each element, which
 * error messages point at. vitest, Storybook and `tsx` use it in development.
 */
import type { SourceLocation } from '@linejsx/schema';
import { type Component, createElement, Fragment, type LineElement } from './element.ts';

export type { JSX } from './jsx-runtime.ts';
export { Fragment };

export function jsxDEV<P>(
  type: Component<P>,
  props: P,
  key: string | number | undefined,
  _isStaticChildren?: boolean,
  source?: SourceLocation,
): LineElement<P> {
  return createElement(type, props, key, source);
}
