/**
 * One validation reports every problem at once: a rule over a whole object (a card's text limit,
 * one bubble size per carousel, what a baseline box holds, overlapping rich menu areas…) still
 * runs when a property inside that object is already wrong, so that fixing one problem never
 * reveals another the first call did not mention.
 */

import { validateRichMenu } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf } from '../support/validation.ts';

const box = (contents: unknown[], layout = 'vertical') => ({ type: 'box', layout, contents });
const bubble = (size: string, contents: unknown[]) => ({ type: 'bubble', size, body: box(contents) });
const flex = (contents: unknown) => ({ type: 'flex', altText: 'a', contents });
const messages = (message: unknown) => describeIssues(issuesOf(message));

describe('a broken property does not hide the rules of the objects around it', () => {
  it('a buttons template reports its too-long text next to an action without text', () => {
    const message = {
      type: 'template',
      altText: 'a',
      template: { type: 'buttons', text: 'x'.repeat(200), actions: [{ type: 'message', label: 'a' }] },
    };
    expect(messages(message)).toEqual([
      'template.actions[0].text: text is required',
      'template.text: text is 200 characters; LINE allows at most 160',
    ]);
  });

  it('a template carousel reports columns that do not match next to a broken action', () => {
    const action = { type: 'message', label: 'a', text: 'a' };
    const column = (actions: unknown[]) => ({ text: 'a', actions });
    const message = {
      type: 'template',
      altText: 'a',
      template: { type: 'carousel', columns: [column([action, action]), column([{ ...action, text: 5 }])] },
    };
    expect(messages(message)).toEqual([
      'template.columns[1].actions[0].text: text must be a string, not a number (5)',
      'template.columns[1].actions: column 1 has 1 action but column 0 has 2; every column needs the same number',
    ]);
  });

  it('a flex carousel reports mixed bubble sizes next to a wrong value inside a bubble', () => {
    const message = flex({
      type: 'carousel',
      contents: [bubble('kilo', [{ type: 'text', text: 'a' }]), bubble('mega', [{ type: 'text', text: 'a', wrap: 'yes' }])],
    });
    expect(messages(message)).toEqual([
      'contents.contents[1].body.contents[0].wrap: wrap must be a boolean, not a string ("yes")',
      'contents.contents[1].size: bubble 1 is mega but bubble 0 is kilo; every bubble in a carousel must be the same size',
    ]);
  });

  it('a bubble over 30 KB reports its size next to a wrong value inside it', () => {
    const texts = Array.from({ length: 40 }, () => ({ type: 'text', text: 'x'.repeat(1000) }));
    const message = flex(bubble('mega', [...texts, { type: 'text', text: 'a', wrap: 'y' }]));
    expect(messages(message)).toEqual([
      'contents.body.contents[40].wrap: wrap must be a boolean, not a string ("y")',
      'contents: this bubble is 41,164 bytes (41.2 KB) of JSON; LINE allows at most 30,000 bytes (30 KB)',
    ]);
  });

  it('a baseline box reports a child it can not hold next to a text of the wrong type', () => {
    const message = flex(
      bubble('mega', [
        box(
          [
            { type: 'button', action: { type: 'message', label: 'a', text: 'a' } },
            { type: 'text', text: 1 },
          ],
          'baseline',
        ),
      ]),
    );
    expect(messages(message)).toEqual([
      'contents.body.contents[0].contents[1].text: text must be a string, not a number (1)',
      'contents.body.contents[0].contents[0].type: a button can not go in a baseline box; a baseline box holds only icons, texts and fillers',
    ]);
  });

  it('a text message reports an emoji index off its "$" next to an emoji without productId', () => {
    const message = { type: 'text', text: 'a $', emojis: [{ index: 0, emojiId: '001' }] };
    expect(messages(message)).toEqual([
      'emojis[0].productId: productId is required',
      'emojis[0].index: index 0 does not point at a "$" in text (found "a")',
    ]);
  });

  it('a datetime picker reports min after max next to its missing data', () => {
    const message = {
      type: 'template',
      altText: 'a',
      template: {
        type: 'confirm',
        text: 'a',
        actions: [
          { type: 'datetimepicker', label: 'a', mode: 'date', min: '2030-01-02', max: '2030-01-01' },
          { type: 'message', label: 'b', text: 'b' },
        ],
      },
    };
    expect(messages(message)).toEqual([
      'template.actions[0].data: data is required',
      'template.actions[0].min: min "2030-01-02" must be earlier than max "2030-01-01"',
    ]);
  });

  it('a rich menu reports overlapping areas next to an action without data', () => {
    const area = (x: number, action: unknown) => ({ bounds: { x, y: 0, width: 1000, height: 843 }, action });
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'm',
      chatBarText: 'Menu',
      areas: [area(0, { type: 'postback', label: 'a' }), area(500, { type: 'message', label: 'b', text: 'b' })],
    };
    const result = validateRichMenu(menu);
    expect(result.ok ? [] : describeIssues(result.issues)).toEqual([
      'areas[0].action.data: data is required',
      'areas[1].bounds: area 1 overlaps area 0 by 500x843 px at x 500, y 0; a tap there would be ambiguous',
    ]);
  });
});

describe('rules over malformed objects stay quiet rather than guess', () => {
  it('a box with an unknown layout and a child that is no component reports only those', () => {
    const message = flex(bubble('mega', [box([{ type: 'spacer' }, 5], 'grid')]));
    const found = messages(message);
    expect(found.some((m) => m.includes('can not go in'))).toBe(false);
    expect(found.some((m) => m.startsWith('contents.body.contents[0].layout:'))).toBe(true);
  });

  it('a datetime picker with an unknown mode does not judge its dates', () => {
    const message = {
      type: 'template',
      altText: 'a',
      template: { type: 'buttons', text: 'a', actions: [{ type: 'datetimepicker', label: 'a', data: 'd', mode: 'week', min: 'x' }] },
    };
    const found = messages(message);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^template\.actions\[0\]\.mode:/);
  });
});
