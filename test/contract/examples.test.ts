/**
 * Every example design, rendered, is accepted by LINE's own OpenAPI schema (compiled with ajv):
 * an independent check that our output has the shape LINE documents.
 */

import { render, renderRichMenus } from '@linejsx/jsx';
import { expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { specErrors } from '../../tools/line-openapi.ts';
import { describeWithSpec } from '../support/skip.ts';

describeWithSpec("examples against LINE's OpenAPI schema", () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.id, example] as const))('%s', (_id, example) => {
    if (example.kind === 'richMenu') {
      for (const { menu } of renderRichMenus(sampleElement(example))) expect(specErrors('RichMenuRequest', menu)).toEqual([]);
      return;
    }
    const message = render(sampleElement(example));
    expect(specErrors('Message', message)).toEqual([]);
    if (message.type === 'flex') expect(specErrors('FlexMessage', message)).toEqual([]);
  });

  it('can fail: the yardstick refuses what LINE refuses', () => {
    expect(specErrors('Message', { type: 'text' })).not.toEqual([]);
    expect(specErrors('Message', { type: 'sticker', packageId: 446, stickerId: '1988' })).not.toEqual([]);
    expect(specErrors('Message', { type: 'postcard', text: 'hi' })).not.toEqual([]);
  });
});
