/** How an example design is declared: a component, realistic sample props, and a title. */
import { type Component, createElement, type LineElement, type LineNode } from '@linejsx/jsx';
import type { BUBBLE_SIZES, SIZE_KEYWORDS } from '@linejsx/schema';

/*
 * A design's look is props too (optional, defaulting to what the design draws), and in `sample`,
 * so that the gallery's controls change it (stories/support/args.ts derives them from names and
 * values): a `#rrggbb` value gets a colour picker, `bubbleSize` LINE's bubble sizes, a name ending
 * in `AspectRatio` aspect ratios, and a name ending in `Size` with a text size keyword LINE's text sizes.
 */
export type BubbleSize = (typeof BUBBLE_SIZES)[number];
export type TextSize = (typeof SIZE_KEYWORDS)[number];
export type AspectRatio = `${number}:${number}`;

export interface Example<P = unknown> {
  /** Stable id: file name, story id, snapshot name. */
  readonly id: string;
  readonly title: string;
  /** One line on what the design shows and which LINE features it exercises. */
  readonly description: string;
  /** Method syntax on purpose: examples of different props fit one `Example[]`. */
  component(props: P): LineNode;
  /** Props for the demo, stories (as Storybook args), tests and benchmarks. */
  readonly sample: P;
  /** What the design renders to: one message, or a rich menu. */
  readonly kind: 'message' | 'richMenu';
}

export function defineExample<P>(example: Omit<Example<P>, 'kind'> & { kind?: Example['kind'] }): Example<P> {
  return { kind: 'message', ...example };
}

/** Renders an example's component with its sample props as an element. */
export function sampleElement<P>(example: Example<P>): LineElement {
  return createElement(example.component as Component<P>, example.sample);
}
