/** Suites that need files outside the repository (`../shared`) skip visibly when they are absent. */
import { describe } from 'vitest';

/**
 * `describe` when `available`; otherwise the suite is skipped under a name that says what is
 * missing, and the reason is printed, so a skip is never mistaken for a pass.
 */
export function describeWhen(available: boolean, missing: string, name: string, suite: () => void): void {
  if (!available) console.warn(`[linejsx] ${name}: ${missing}`);
  describe.skipIf(!available)(available ? name : `${name}: ${missing}`, suite);
}
