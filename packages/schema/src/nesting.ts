/**
 * How deep a value nests, measured without recursion: `LIMITS.nesting` is what validation,
 * rendering and the preview promise to walk, so a deeper (or circular) value is found here, with
 * its path, before anything recursive touches it.
 */
import type { ValidationIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { formatPath } from './words.ts';

/** One object or array on the way down, with the way back up for its path. */
interface Step {
  readonly value: object;
  readonly level: number;
  readonly key: PropertyKey | undefined;
  readonly parent: Step | undefined;
}

function pathOf(step: Step): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let s: Step | undefined = step; s?.parent; s = s.parent) keys.push(s.key!);
  return keys.reverse();
}

/** The step's value is one of its own ancestors: the value contains itself. */
function repeats(step: Step): boolean {
  for (let s = step.parent; s; s = s.parent) if (s.value === step.value) return true;
  return false;
}

/**
 * The problem of a value nested deeper than `max` levels of objects and arrays (the value itself
 * is level 1), or that contains itself: at the path of the first object or array past the limit
 * (or the first repeat). Undefined when there is none. `prefix` roots the path (`messages`).
 *
 * @example
 * nestingIssue({ type: 'text', text: 'hi' }); // undefined
 * nestingIssue(hundredsOfNestedBoxes)?.message; // "nested deeper than 100 levels of objects and arrays"
 */
export function nestingIssue(value: unknown, prefix = '', max: number = LIMITS.nesting.max): ValidationIssue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Step[] = [{ value, level: 1, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const circular = repeats(step);
    if (circular || step.level > max) {
      return {
        path: formatPath(pathOf(step), prefix),
        code: 'too_deep',
        limit: 'nesting',
        message: circular
          ? 'this value contains itself (a circular reference); LINE JSON is a tree'
          : `nested deeper than ${max} levels of objects and arrays`,
      };
    }
    const children = Array.isArray(step.value) ? step.value.entries() : Object.entries(step.value);
    // Last child first on the stack, so that the first is looked at first.
    const pending: Step[] = [];
    for (const [key, child] of children) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, level: step.level + 1, key, parent: step });
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]!);
  }
  return undefined;
}
