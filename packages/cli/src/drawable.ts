/**
 * JSON a page can be drawn from: a design whose JSON nests deeper than `LIMITS.nesting` (or
 * contains itself) is one problem for validation, and is drawn up to that depth, so that the
 * preview shows the problem instead of overflowing its stack or failing to write the JSON tab.
 */
import { LIMITS } from '@linejsx/schema';

/** One container being copied: its original, its copy, how deep, and the way up (for repeats). */
interface Step {
  readonly from: object;
  readonly into: Record<string, unknown> | unknown[];
  readonly level: number;
  readonly parent: Step | undefined;
}

function containsItself(step: Step, value: object): boolean {
  for (let s: Step | undefined = step; s; s = s.parent) if (s.from === value) return true;
  return false;
}

/**
 * A copy of `value` with every object or array past `LIMITS.nesting`, and every one inside
 * itself, left out (null), made without recursion. Values within the limit come back as they are.
 *
 * @example
 * renderPage(drawable(messages), { issues }); // issues say what was too deep
 */
export function drawable<T>(value: T, max: number = LIMITS.nesting.max): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy = (from: object): Record<string, unknown> | unknown[] => (Array.isArray(from) ? [] : {});
  const root = copy(value);
  const stack: Step[] = [{ from: value, into: root, level: 1, parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    for (const [key, child] of Object.entries(step.from)) {
      let out: unknown = child;
      if (typeof child === 'object' && child !== null) {
        if (step.level >= max || containsItself(step, child)) out = null;
        else {
          const into = copy(child);
          stack.push({ from: child, into, level: step.level + 1, parent: step });
          out = into;
        }
      }
      (step.into as Record<string, unknown>)[key] = out;
    }
  }
  return root as T;
}
