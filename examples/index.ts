/** Every example design, in gallery order: used by the demo, the stories, the tests and the benchmarks. */
import type { Example } from './define.ts';
import receipt from './receipt.tsx';

export const examples: readonly Example[] = [receipt];

export { sampleElement, type Example } from './define.ts';
