/**
 * The automatic JSX runtime (`"jsx": "react-jsx"`, `"jsxImportSource": "@linejsx/jsx"`).
 * TypeScript, esbuild and Vite compile `<Text>Hi</Text>` to `jsx(Text, { children: 'Hi' })`.
 */
import { type Component, createElement, Fragment, type LineElement, type LineNode } from './element.ts';

export { Fragment };

export function jsx<P>(type: Component<P>, props: P, key?: string | number): LineElement<P> {
  return createElement(type, props, key);
}

export const jsxs = jsx;

export namespace JSX {
  export type Element = LineElement;
  /** Any function component may be a tag, whatever node it returns. */
  // biome-ignore lint: the props of each component are checked through its own signature.
  export type ElementType = (props: any) => LineNode;
  export interface ElementChildrenAttribute {
    // biome-ignore lint/complexity/noBannedTypes: TypeScript reads the name of this member; its type is never used
    children: {};
  }
  export interface IntrinsicAttributes {
    key?: string | number | null | undefined;
  }
  // No lowercase tags: every LINE object has a component.
  // biome-ignore lint/complexity/noBannedTypes: an empty record of tags, so that <div> is a type error
  export type IntrinsicElements = {};
}
