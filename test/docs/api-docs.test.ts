/**
 * docs/api.md is generated (`pnpm docs:api`); this fails when the committed page is out of date.
 * The emulator README lists every operation it does not emulate, with the reason its 404 gives.
 */
import { readFileSync } from 'node:fs';
import { NOT_EMULATED } from '@linejsx/emulator';
import { OPERATION_IDS } from '@linejsx/protocol';
import { describe, expect, it } from 'vitest';
import { API_DOCS, apiDocs, CLIENT_CALLS } from '../../tools/api-docs.ts';

describe('docs/api.md', () => {
  it('is what tools/api-docs.ts writes (run pnpm docs:api after changing an operation, a call or what is emulated)', () => {
    expect(readFileSync(API_DOCS, 'utf8')).toBe(apiDocs());
  });

  it('lists 110 of 110 operations, each with a client call', () => {
    const rows = apiDocs()
      .split('\n')
      .filter((line) => /^\| `\w+` \|/.test(line));
    expect(rows).toHaveLength(110);
    expect(OPERATION_IDS.filter((id) => !CLIENT_CALLS[id]?.startsWith('line.'))).toEqual([]);
  });
});

describe('the emulator README', () => {
  const readme = readFileSync(new URL('../../packages/emulator/README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## What is not emulated'));

  it('lists every operation the emulator does not emulate, with its reason', () => {
    const listed = [...section.matchAll(/^\| `(\w+)` \| (.+) \|$/gm)].map(([, id, reason]) => [id, reason]);
    expect(Object.fromEntries(listed)).toEqual(NOT_EMULATED);
  });
});
