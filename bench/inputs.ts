/**
 * The three inputs of the render, validate and preview benchmarks (issue 8): a small text with a
 * quick reply, the receipt bubble and the 12-bubble shopping carousel, each as TSX (the example's
 * component with its sample props) and as the same JSON written by hand (the floor).
 */
import type { LineElement } from '@linejsx/jsx';
import { type Example, sampleElement } from '../examples/index.ts';
import receipt from '../examples/receipt.tsx';
import shoppingCarousel from '../examples/shopping-carousel.tsx';
import welcomeText from '../examples/welcome-text.tsx';
import { receiptLiteral } from './literals/receipt.ts';
import { shoppingCarouselLiteral } from './literals/shopping-carousel.ts';
import { welcomeTextLiteral } from './literals/welcome-text.ts';

export interface BenchInput {
  readonly id: string;
  /** The words a table row uses. */
  readonly label: string;
  /** A fresh element tree, as a bot builds one per message. */
  element(): LineElement;
  /** A fresh object literal of the same JSON, as a bot without linejsx builds one. */
  literal(): unknown;
}

function input<P>(example: Example<P>, label: string, literal: (props: P) => unknown): BenchInput {
  return { id: example.id, label, element: () => sampleElement(example), literal: () => literal(example.sample) };
}

export const INPUTS: readonly BenchInput[] = [
  input(welcomeText, 'text + quick reply', welcomeTextLiteral),
  input(receipt, 'receipt bubble', receiptLiteral),
  input(shoppingCarousel, '12-bubble carousel', shoppingCarouselLiteral),
];
