/**
 * Random element trees, valid and not, never give anything but plain validated JSON or our
 * LineValidationError: no TypeError, no half-built value, no class instance in the output.
 */

import { type LineNode, LineValidationError, render, renderMessages } from '@linejsx/jsx';
import { validateMessage, validateMessages } from '@linejsx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elements } from './arbitraries.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; error: LineValidationError };

/** Renders, and turns our error into an outcome; any other throw fails the property. */
function attempt(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof LineValidationError) return { ok: false, error };
    throw error;
  }
}

/** Where `value` is not plain JSON (undefined, NaN, a function, a class instance…), or undefined if it is. */
function notJson(value: unknown, path = '$'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = notJson(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? 'class instance'}`;
  for (const [key, item] of Object.entries(value)) {
    const problem = notJson(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

function checkOutcome(outcome: Outcome, validate: (value: unknown) => { ok: boolean }) {
  if (outcome.ok) {
    expect(notJson(outcome.value)).toBeUndefined();
    expect(validate(outcome.value).ok).toBe(true);
  } else {
    expect(outcome.error.issues.length).toBeGreaterThan(0);
    for (const issue of outcome.error.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(typeof issue.path).toBe('string');
    }
  }
}

const anything = elements({ valid: false });
const valid = elements({ valid: true });

describe('render() of random trees', () => {
  it('gives valid JSON or a LineValidationError, whatever the tree', () => {
    fc.assert(
      fc.property(anything.root, (node: LineNode) =>
        checkOutcome(
          attempt(() => render(node)),
          validateMessage,
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('renders trees made of valid values', () => {
    let rendered = 0;
    fc.assert(
      fc.property(valid.root, (node: LineNode) => {
        const outcome = attempt(() => render(node));
        if (!outcome.ok) throw new Error(`a valid tree was refused:\n${outcome.error.message}`);
        checkOutcome(outcome, validateMessage);
        rendered++;
      }),
      { numRuns: 200 },
    );
    expect(rendered).toBe(200);
  });
});

describe('renderMessages() of random trees', () => {
  it('gives a valid messages array or a LineValidationError', () => {
    fc.assert(
      fc.property(anything.several, (node: LineNode) =>
        checkOutcome(
          attempt(() => renderMessages(node)),
          validateMessages,
        ),
      ),
      { numRuns: 100 },
    );
  });
});
