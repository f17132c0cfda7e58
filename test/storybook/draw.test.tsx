/** What the addon's decorator draws for each kind of story value (the DOM side runs in stories/addon/). */
import { Cell, RichMenu, Row, Sticker, Text, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { drawJson, drawValue, lineValueKind } from '../../packages/storybook/src/draw.ts';

const menuJson = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Shop',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'uri', label: 'Shop', uri: 'https://shop.example.com' } }],
};

const menu = (
  <RichMenu size="half" name="Shop" chatBarText="Menu">
    <Row>
      <Cell>
        <Uri label="Shop" uri="https://shop.example.com" />
      </Cell>
    </Row>
  </RichMenu>
);

describe('lineValueKind', () => {
  it('tells TSX designs, LINE JSON and everything else apart', () => {
    expect(lineValueKind(<Text>Hi</Text>)).toBe('messages');
    expect(
      lineValueKind(
        <>
          <Text>Hi</Text>
          <Sticker packageId="446" stickerId="1988" />
        </>,
      ),
    ).toBe('messages');
    expect(lineValueKind(menu)).toBe('richMenus');
    expect(lineValueKind({ type: 'text', text: 'Hi' })).toBe('messagesJson');
    expect(lineValueKind([{ type: 'text', text: 'Hi' }])).toBe('messagesJson');
    expect(lineValueKind(menuJson)).toBe('richMenusJson');
    expect(lineValueKind([menuJson, menuJson])).toBe('richMenusJson');
    expect(lineValueKind('<p>HTML</p>')).toBeUndefined();
    expect(lineValueKind(undefined)).toBeUndefined();
    expect(lineValueKind({ hello: 'world' })).toBeUndefined();
  });
});

describe('drawValue', () => {
  it('draws a design with its JSON and no problem', () => {
    const drawn = drawValue(<Text>Hello</Text>)!;
    expect(drawn.json).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(drawn.issues).toEqual([]);
    expect(drawn.html).toContain('data-valid="true"');
  });

  it('validates LINE JSON and keeps it as it was given', () => {
    const drawn = drawJson({ type: 'text', text: '' }, 'messagesJson');
    expect(drawn.json).toEqual({ type: 'text', text: '' });
    expect(drawn.issues.map((issue) => issue.path)).toEqual(['messages[0].text']);
    expect(drawn.html).toContain('data-valid="false"');
  });

  it('draws rich menus, from TSX and from JSON, with the same JSON', () => {
    const fromTsx = drawValue(menu)!;
    const fromJson = drawValue(menuJson)!;
    expect(fromTsx.issues).toEqual([]);
    expect(fromJson.issues).toEqual([]);
    expect(fromTsx.html).toContain('lj-rm-menu');
    expect(fromJson.html).toContain('lj-rm-menu');
  });

  it('shows a component that throws as a problem', () => {
    function Broken(): never {
      throw new Error('no such order');
    }
    const drawn = drawValue(<Broken />)!;
    expect(drawn.issues.map((issue) => issue.message)).toEqual(['the component threw: no such order']);
  });
});
