/** Suites that need files outside the repository (`../shared`) skip visibly when they are absent. */
import { describe } from 'vitest';
import { SPEC_MISSING, specAvailable } from '../../tools/line-openapi.ts';

/**
 * `describe` when `available`; otherwise the suite is skipped under a name that says what is
 * missing, and the reason is printed, so a skip is never mistaken for a pass.
 */
export function describeWhen(available: boolean, missing: string, name: string, suite: () => void): void {
  if (!available) console.warn(`[linejsx] ${name}: ${missing}`);
  describe.skipIf(!available)(available ? name : `${name}: ${missing}`, suite);
}

/** `describe` for suites that need LINE's specs; skipped under the name SPEC_MISSING where they are absent. */
export function describeWithSpec(name: string, suite: () => void): void {
  describeWhen(specAvailable, SPEC_MISSING, name, suite);
}
