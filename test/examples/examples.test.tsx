/**
 * Every design in examples/: its rendered JSON (snapshot), valid for us and for LINE's own OpenAPI
 * schema (contract), within LINE's size limits; rich menus with images LINE would take.
 */
import { existsSync, readFileSync } from 'node:fs';
import { render, renderRichMenus } from '@linejsx/jsx';
import { jsonBytes, type Message, validateMessages } from '@linejsx/schema';
import { richMenuImageIssues } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { examples, messageExamples, richMenuExamples, sampleElement } from '../../examples/index.ts';
import { SPEC_MISSING, specAvailable, specErrors } from '../../tools/line-openapi.ts';

const rendered = messageExamples.map((example) => [example.id, render(sampleElement(example))] as const);
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
});

it.each(examples.map((e) => [e.id, e] as const))('%s has a unique id, a title and a description', (id, example) => {
  expect(examples.filter((e) => e.id === id)).toHaveLength(1);
  expect(example.title.length).toBeGreaterThan(0);
  expect(example.description.length).toBeGreaterThan(20);
});

describe.each(richMenuExamples.map((e) => [e.id, renderRichMenus(sampleElement(e))] as const))('rich menu %s', (id, menus) => {
  it("renders to the JSON of its snapshot, with each menu's alias", async () => {
    const json = menus.map(({ menu, alias }) => ({ alias, menu }));
    await expect(`${JSON.stringify(json, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/${id}.json`);
  });

  it.skipIf(!specAvailable)(`validates against LINE's OpenAPI RichMenuRequest schema${specAvailable ? '' : ` (${SPEC_MISSING})`}`, () => {
    for (const { menu } of menus) expect(specErrors('RichMenuRequest', menu)).toEqual([]);
  });

  it('has an image next to it for each menu: a PNG of the menu size, under 1 MB', () => {
    for (const { menu, image } of menus) {
      expect(image, `${menu.name} has no image prop`).toBeInstanceOf(URL);
      expect(existsSync(image as URL), `${String(image)} is missing: run pnpm rich-menu:images`).toBe(true);
      const bytes = readFileSync(image as URL);
      expect(richMenuImageIssues(bytes, menu.size)).toMatchObject({ header: { type: 'image/png' }, issues: [] });
    }
  });

  it('switches only to aliases of its own set', () => {
    const aliases = new Set(menus.map((m) => m.alias));
    const targets = menus.flatMap(({ menu }) =>
      menu.areas.flatMap((a) => (a.action.type === 'richmenuswitch' ? [a.action.richMenuAliasId] : [])),
    );
    for (const target of targets) expect(aliases).toContain(target);
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
