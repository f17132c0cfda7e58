/**
 * What @linejsx/schema accepts, LINE's OpenAPI schema (ajv over messaging-api.yml) accepts too:
 * for rendered trees and for valid messages with one random change. And validation never throws,
 * whatever it is given.
 */

import { type LineNode, LineValidationError, render } from '@linejsx/jsx';
import { urlProblem, validateMessage, validateMessages, validateRichMenu } from '@linejsx/schema';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { specErrors } from '../../tools/line-openapi.ts';
import { describeWithSpec } from '../support/skip.ts';
import { elements } from './arbitraries.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `value` with one random change: a property removed, replaced by random JSON or a near miss, or added. */
function mutated(value: Json): fc.Arbitrary<Json> {
  const paths: Array<Array<string | number>> = [];
  const walk = (node: Json, path: Array<string | number>) => {
    if (Array.isArray(node)) for (const [i, item] of node.entries()) walk(item, [...path, i]);
    else if (node && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
    if (path.length) paths.push(path);
  };
  walk(value, []);
  const change = fc.oneof(
    fc.constant({ kind: 'delete' as const }),
    fc.jsonValue({ maxDepth: 2 }).map((json) => ({ kind: 'set' as const, json: json as Json })),
    fc
      .constantFrom<Json>('', 'x'.repeat(2001), -1, 0, 1.5, 1040, true, [], {}, 'https://', 'http://a.example.com', '🍎'.repeat(11))
      .map((json) => ({ kind: 'set' as const, json })),
    fc.constantFrom('lable', 'url', 'contents', 'type').map((key) => ({ kind: 'add' as const, key })),
  );
  return fc.tuple(fc.constantFrom(...paths), change).map(([path, c]) => {
    const copy = structuredClone(value);
    const parentPath = path.slice(0, -1);
    // biome-ignore lint/suspicious/noExplicitAny: a walk into arbitrary JSON
    let parent: any = copy;
    for (const key of parentPath) parent = parent[key];
    const last = path[path.length - 1]!;
    if (c.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (c.kind === 'set') parent[last] = c.json;
    else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][c.key] = 'x';
    return copy;
  });
}

const valid = elements({ valid: true });
const anything = elements({ valid: false });

/** Renders a tree into a message, or undefined when our validation refuses it. */
function rendered(node: LineNode): Json | undefined {
  try {
    return render(node) as Json;
  } catch (error) {
    if (error instanceof LineValidationError) return undefined;
    throw error;
  }
}

it('validation never throws, whatever it is given', () => {
  fc.assert(
    fc.property(fc.anything({ maxDepth: 3 }), (value) => {
      for (const validate of [validateMessage, validateMessages, validateRichMenu]) {
        const result = validate(value);
        expect(typeof result.ok).toBe('boolean');
      }
    }),
    { numRuns: 200 },
  );
});

it("a URL our rules accept is a URI by RFC 3986, the format LINE's spec gives URLs", () => {
  const ajv = new Ajv();
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  const isUri = ajv.compile({ type: 'string', format: 'uri' });
  const schemes = ['http', 'https', 'line', 'tel'];
  const candidates = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'line://', 'tel:', 'https://[::1]', 'line:'),
        fc.string({ unit: 'binary-ascii', maxLength: 20 }),
      )
      .map(([a, b]) => a + b),
  );
  let accepted = 0;
  fc.assert(
    fc.property(candidates, (url) => {
      if (urlProblem(url, schemes) !== undefined) return;
      accepted++;
      expect(isUri(url)).toBe(true);
    }),
    { numRuns: 1000 },
  );
  expect(accepted).toBeGreaterThan(300);
});

describeWithSpec("whatever our schema accepts, LINE's OpenAPI schema accepts", () => {
  it('rendered trees', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(valid.root, anything.root), (node) => {
        const message = rendered(node);
        if (message === undefined) return;
        accepted++;
        expect(specErrors('Message', message)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(80);
  });

  it('valid messages with one random change', () => {
    let accepted = 0;
    const messages = valid.root.map((node) => render(node) as Json).chain((message) => fc.oneof(fc.constant(message), mutated(message)));
    fc.assert(
      fc.property(messages, (message) => {
        if (!validateMessage(message).ok) return;
        accepted++;
        expect(specErrors('Message', message)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
