/**
 * Every design in examples/: its rendered JSON (snapshot), valid for us and for LINE's own OpenAPI
 * schema (contract), within LINE's size limits.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@linejsx/jsx';
import { jsonBytes, validateMessages, type Message } from '@linejsx/schema';
import { examples, sampleElement } from '../../examples/index.ts';
import { SPEC_MISSING, specAvailable, specErrors } from '../../tools/line-openapi.ts';

const rendered = examples.map((example) => [example.id, render(sampleElement(example))] as const);
const byId = new Map<string, Message>(rendered);

describe.each(rendered)('%s', (id, message) => {
  // One JSON file per design: readable in review, and pastable into LINE's Flex Message Simulator.
  it('renders to the JSON of its snapshot', async () => {
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/${id}.json`);
  });

  it('validates as a message of a send request', () => {
    expect(validateMessages([message]).issues).toEqual([]);
  });

  it.skipIf(!specAvailable)(`validates against LINE's OpenAPI Message schema${specAvailable ? '' : ` (${SPEC_MISSING})`}`, () => {
    expect(specErrors('Message', message)).toEqual([]);
    if (message.type === 'flex') expect(specErrors('FlexMessage', message)).toEqual([]);
  });

  it('has a unique id, a title and a description', () => {
    const example = examples.find((e) => e.id === id)!;
    expect(examples.filter((e) => e.id === id)).toHaveLength(1);
    expect(example.title.length).toBeGreaterThan(0);
    expect(example.description.length).toBeGreaterThan(20);
  });
});

describe('the benchmark inputs', () => {
  it('the shopping carousel has exactly 12 bubbles and stays well under 50 KB', () => {
    const message = byId.get('shopping-carousel')!;
    expect(message.type).toBe('flex');
    if (message.type !== 'flex' || message.contents.type !== 'carousel') throw new Error('expected a carousel');
    expect(message.contents.contents).toHaveLength(12);
    expect(jsonBytes(message.contents)).toBeLessThan(25_000);
  });

  it('welcome-text is a small text message with LINE emoji and 3 to 4 quick replies', () => {
    const message = byId.get('welcome-text')!;
    if (message.type !== 'text') throw new Error('expected a text message');
    expect(message.emojis?.length).toBeGreaterThan(0);
    expect(message.quickReply?.items.length).toBeGreaterThanOrEqual(3);
    expect(message.quickReply?.items.length).toBeLessThanOrEqual(4);
  });
});

it('has at least twelve flex designs', () => {
  expect(rendered.filter(([, m]) => m.type === 'flex').length).toBeGreaterThanOrEqual(12);
});
