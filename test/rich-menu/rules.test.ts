/**
 * Every rule of a rich menu object (`R#rich-menu-object`, CONSTRAINTS.md §9 and §10), each with a
 * menu that breaks it and the words we say, and the edge that is still accepted.
 */

import { validateRichMenu } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

const postback = (data: string) => ({ type: 'postback', data });
const area = (x: number, y: number, width: number, height: number, action: unknown = postback('a')) => ({
  bounds: { x, y, width, height },
  action,
});

/** A valid half-size menu of two areas; each case changes one thing. */
function menu(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    size: { width: 2500, height: 843 },
    selected: false,
    name: 'Shop',
    chatBarText: 'Menu',
    areas: [area(0, 0, 1250, 843), area(1250, 0, 1250, 843)],
    ...change,
  };
}

const problems = (value: unknown) => validateRichMenu(value).issues.map((i) => `${i.path}: ${i.message}`);
const switchTo = (fields: Record<string, unknown>) => menu({ areas: [area(0, 0, 2500, 843, { type: 'richmenuswitch', ...fields })] });

describe('a rich menu object', () => {
  it('accepts the base menu of these cases', () => {
    expect(problems(menu())).toEqual([]);
  });

  describe('size: width 800 to 2,500, height at least 250, width/height at least 1.45 (R#size-object)', () => {
    it.each([
      [{ width: 799, height: 300 }, 'size.width: width is 799; LINE allows 800 to 2,500'],
      [{ width: 2501, height: 843 }, 'size.width: width is 2,501; LINE allows 800 to 2,500'],
      [{ width: 800, height: 249 }, 'size.height: height is 249; LINE allows at least 250'],
      [
        { width: 1000, height: 700 },
        'size: size 1000x700 has width/height 1.43; LINE needs at least 1.45 (height at most 689 for this width)',
      ],
      [{ width: 2500.5, height: 843 }, 'size.width: width must be a whole number; got 2500.5'],
    ])('refuses %o', (size, expected) => {
      expect(problems(menu({ size, areas: [] }))).toEqual([expected]);
    });

    it.each([
      [{ width: 2500, height: 1686 }],
      [{ width: 2500, height: 843 }],
      [{ width: 800, height: 250 }],
      [{ width: 1450, height: 1000 }],
    ])('accepts %o', (size) => {
      expect(problems(menu({ size, areas: [] }))).toEqual([]);
    });
  });

  it('has at most 20 areas (R#rich-menu-object)', () => {
    const strip = (n: number) => Array.from({ length: n }, (_, i) => area(i * 100, 0, 100, 843));
    expect(problems(menu({ areas: strip(20) }))).toEqual([]);
    expect(problems(menu({ areas: strip(21) }))).toEqual(['areas: 21 areas; LINE allows at most 20 areas']);
  });

  describe('every area inside the menu', () => {
    it('says which edge an area crosses, and by how much', () => {
      expect(problems(menu({ areas: [area(1251, 0, 1250, 843)] }))).toEqual([
        'areas[0].bounds: area 0 reaches past the menu (x + width = 2,501 > 2,500): 1 px past the right edge of the 2500x843 menu',
      ]);
      expect(problems(menu({ areas: [area(0, 400, 2500, 444)] }))).toEqual([
        'areas[0].bounds: area 0 reaches past the menu (y + height = 844 > 843): 1 px past the bottom edge of the 2500x843 menu',
      ]);
      expect(problems(menu({ areas: [area(2000, 800, 600, 100)] }))).toEqual([
        'areas[0].bounds: area 0 reaches past the menu (x + width = 2,600 > 2,500) and (y + height = 900 > 843): 100 px past the right edge and 57 px past the bottom edge of the 2500x843 menu',
      ]);
    });

    it('accepts an area that ends exactly at the edge', () => {
      expect(problems(menu({ areas: [area(0, 0, 2500, 843)] }))).toEqual([]);
    });

    it('refuses negative, empty and fractional bounds (R#bounds-object)', () => {
      expect(problems(menu({ areas: [area(-1, 0, 10, 10)] }))).toEqual(['areas[0].bounds.x: x is -1; LINE allows at least 0']);
      expect(problems(menu({ areas: [area(0, 0, 0, 10)] }))).toEqual(['areas[0].bounds.width: width is 0; LINE allows at least 1']);
      expect(problems(menu({ areas: [area(0, 0, 833.33, 843)] }))).toEqual([
        'areas[0].bounds.width: width must be a whole number; got 833.33',
      ]);
    });
  });

  describe('areas do not overlap', () => {
    it('names both areas and the pixels they share', () => {
      expect(problems(menu({ areas: [area(0, 0, 1300, 843), area(1250, 400, 1250, 443)] }))).toEqual([
        'areas[1].bounds: area 1 overlaps area 0 by 50x443 px at x 1,250, y 400; a tap there would be ambiguous',
      ]);
    });

    it('accepts areas that share an edge, and gaps between areas', () => {
      expect(problems(menu({ areas: [area(0, 0, 1250, 843), area(1250, 0, 1250, 843)] }))).toEqual([]);
      expect(problems(menu({ areas: [area(0, 0, 1000, 843), area(1500, 0, 1000, 400)] }))).toEqual([]);
    });
  });

  describe('a richmenuswitch action needs an alias and data (R#richmenu-switch-action)', () => {
    it('refuses a switch without an alias or without data', () => {
      expect(problems(switchTo({ data: 'tab=b' }))).toEqual(['areas[0].action.richMenuAliasId: richMenuAliasId is required']);
      expect(problems(switchTo({ richMenuAliasId: 'tab-b' }))).toEqual(['areas[0].action.data: data is required']);
    });

    it('takes an alias of 1 to 32 lowercase letters, digits, "_" and "-" (R#create-rich-menu-alias)', () => {
      expect(problems(switchTo({ richMenuAliasId: 'tab_b-2', data: '' }))).toEqual([]);
      expect(problems(switchTo({ richMenuAliasId: 'a'.repeat(32), data: 'x' }))).toEqual([]);
      expect(problems(switchTo({ richMenuAliasId: 'a'.repeat(33), data: 'x' }))).toEqual([
        'areas[0].action.richMenuAliasId: richMenuAliasId is 33 characters; LINE allows at most 32',
      ]);
      expect(problems(switchTo({ richMenuAliasId: '', data: 'x' }))).toEqual([
        'areas[0].action.richMenuAliasId: richMenuAliasId must not be empty',
      ]);
      expect(problems(switchTo({ richMenuAliasId: 'Tab B', data: 'x' }))).toEqual([
        'areas[0].action.richMenuAliasId: richMenuAliasId "Tab B" may only use lowercase letters, digits, "_" and "-"',
      ]);
    });

    it('takes data of at most 300 characters', () => {
      expect(problems(switchTo({ richMenuAliasId: 'b', data: 'x'.repeat(301) }))).toEqual([
        'areas[0].action.data: data is 301 characters; LINE allows at most 300',
      ]);
    });
  });

  describe('name and chatBarText, counted in grapheme clusters (D:text-character-count)', () => {
    it('refuses a name over 300 and a chatBarText over 14', () => {
      expect(problems(menu({ name: 'n'.repeat(301) }))).toEqual(['name: name is 301 characters; LINE allows at most 300']);
      expect(problems(menu({ chatBarText: 'Tap to open me!' }))).toEqual([
        'chatBarText: chatBarText is 15 characters; LINE allows at most 14',
      ]);
    });

    it('counts emoji as one character each', () => {
      expect(problems(menu({ chatBarText: '🍰'.repeat(14) }))).toEqual([]);
      expect(problems(menu({ chatBarText: '👩‍👩‍👧'.repeat(15) }))).toEqual([
        'chatBarText: chatBarText is 15 characters; LINE allows at most 14',
      ]);
    });
  });

  describe('actions of an area', () => {
    it('takes an optional label of at most 20 characters', () => {
      expect(problems(menu({ areas: [area(0, 0, 100, 100, { type: 'message', text: 'hi' })] }))).toEqual([]);
      expect(problems(menu({ areas: [area(0, 0, 100, 100, { type: 'message', label: 'x'.repeat(21), text: 'hi' })] }))).toEqual([
        'areas[0].action.label: label is 21 characters; LINE allows at most 20',
      ]);
    });

    it('refuses the quick-reply-only actions', () => {
      for (const type of ['camera', 'cameraRoll', 'location']) {
        expect(problems(menu({ areas: [area(0, 0, 100, 100, { type, label: 'x' })] }))).toEqual([
          `areas[0].action.type: a ${type} action can not be used in a rich menu area; it works only in a quick reply`,
        ]);
      }
    });
  });

  it('needs every property, and knows no others', () => {
    const { selected: _, ...noSelected } = menu();
    expect(problems(noSelected)).toEqual(['selected: selected is required']);
    expect(problems(menu({ chatbarText: 'Menu' }))).toEqual([
      'chatbarText: "chatbarText" is not a property of a rich menu; did you mean "chatBarText"?',
    ]);
  });
});
