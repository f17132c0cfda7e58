import {
  Area,
  Cell,
  type LineValidationError,
  MessageAction,
  Postback,
  RichMenu,
  RichMenuSwitch,
  Row,
  renderRichMenu,
  Uri,
} from '@linejsx/jsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { split } from '../../packages/jsx/src/components/grid.ts';
import { renderError as failure } from '../support/flex.ts';

describe('<RichMenu>', () => {
  it('renders explicit areas', () => {
    const menu = renderRichMenu(
      <RichMenu size="half" name="Shop" chatBarText="Menu">
        <Area x={0} y={0} width={1250} height={843}>
          <Uri label="Shop" uri="https://example.com/shop" />
        </Area>
        <Area x={1250} y={0} width={1250} height={843}>
          <MessageAction label="Help" text="help" />
        </Area>
      </RichMenu>,
    );
    expect(menu).toMatchSnapshot();
  });

  it('tiles a grid of rows and cells exactly, with fixed and flexible tracks', () => {
    const menu = renderRichMenu(
      <RichMenu size="full" name="Main" chatBarText="Menu" selected>
        <Row height={300}>
          <Cell>
            <RichMenuSwitch label="Tab A" richMenuAliasId="tab-a" data="tab=a" />
          </Cell>
          <Cell>
            <RichMenuSwitch label="Tab B" richMenuAliasId="tab-b" data="tab=b" />
          </Cell>
        </Row>
        <Row>
          <Cell>
            <MessageAction label="1" text="1" />
          </Cell>
          <Cell>
            <MessageAction label="2" text="2" />
          </Cell>
          <Cell>
            <MessageAction label="3" text="3" />
          </Cell>
        </Row>
        <Row flex={2}>
          <Cell flex={2}>
            <Postback label="Big" data="big" />
          </Cell>
          <Cell />
        </Row>
      </RichMenu>,
    );
    expect(menu.areas.map((a) => a.bounds)).toEqual([
      { x: 0, y: 0, width: 1250, height: 300 },
      { x: 1250, y: 0, width: 1250, height: 300 },
      { x: 0, y: 300, width: 833, height: 462 },
      { x: 833, y: 300, width: 834, height: 462 },
      { x: 1667, y: 300, width: 833, height: 462 },
      { x: 0, y: 762, width: 1667, height: 924 },
    ]);
    expect(menu).toMatchSnapshot();
  });

  it('points a problem in a grid cell at the cell and its final area index', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size="half" name="Shop" chatBarText="Menu">
          <Row>
            <Cell>
              <MessageAction label="ok" text="ok" />
            </Cell>
            <Cell />
            <Cell>
              <MessageAction label={'x'.repeat(21)} text="long" />
            </Cell>
          </Row>
        </RichMenu>,
      ),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      path: 'areas[1].action.label',
      message: 'label is 21 characters; LINE allows at most 20',
      component: { path: '<RichMenu> > <Row> > <Cell>[2] > <MessageAction>' },
    });
  });

  it('refuses rows whose fixed heights do not fit', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size="half" name="Shop" chatBarText="Menu">
          <Row height={900}>
            <Cell>
              <MessageAction label="a" text="a" />
            </Cell>
          </Row>
        </RichMenu>,
      ),
    );
    expect(error.issues[0]!.message).toMatch(
      /rows do not fit the menu's height: fixed sizes add up to 900px, more than the 843px available/,
    );
  });

  it('refuses sizes, areas and actions LINE does not accept', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size={{ width: 2500, height: 1800 }} name="Shop" chatBarText="A menu bar text that is long">
          <Area x={0} y={0} width={1300} height={900}>
            <Uri uri="https://example.com" />
          </Area>
          <Area x={1200} y={0} width={1400} height={900}>
            <Uri uri="https://example.com" />
          </Area>
        </RichMenu>,
      ),
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'size: size 2500x1800 has width/height 1.39; LINE needs at least 1.45 (height at most 1724 for this width)',
      'chatBarText: chatBarText is 28 characters; LINE allows at most 14',
      'areas[1].bounds: area 1 reaches past the menu (x + width = 2,600 > 2,500): 100 px past the right edge of the 2500x1800 menu',
      'areas[1].bounds: area 1 overlaps area 0 by 100x900 px at x 1,200, y 0; a tap there would be ambiguous',
    ]);
  });
});

describe('<RichMenu> problems, each said once at its component', () => {
  const lines = (error: LineValidationError) => error.issues.map((i) => `${i.component?.path ?? ''} | ${i.path}: ${i.message}`);

  it('a size that is not a preset', () => {
    const error = failure(() => renderRichMenu(<RichMenu size={'large' as 'full'} name="Shop" chatBarText="Menu" />));
    expect(lines(error)).toEqual(['<RichMenu> | size: size "large" is not a preset; use "full", "half" or { width, height }']);
  });

  it('an <Area> without an action', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size="half" name="Shop" chatBarText="Menu">
          <Area x={0} y={0} width={1250} height={843}>
            <Postback data="a" />
          </Area>
          <Area x={1250} y={0} width={1250} height={843} />
        </RichMenu>,
      ),
    );
    expect(lines(error)).toEqual(['<RichMenu> > <Area>[1] | areas[1].action: <Area> needs one action, such as <Postback> or <Uri>']);
  });

  it('a grid with more than 20 cells that have an action, and how to fix it', () => {
    const grid = (filled: (r: number, c: number) => boolean) => (
      <RichMenu size="full" name="Grid" chatBarText="Menu">
        {[0, 1, 2, 3, 4].map((r) => (
          <Row>
            {[0, 1, 2, 3, 4].map((c) => (
              <Cell>{filled(r, c) ? <MessageAction label={`${r}${c}`} text={`${r}${c}`} /> : null}</Cell>
            ))}
          </Row>
        ))}
      </RichMenu>
    );
    expect(lines(failure(() => renderRichMenu(grid(() => true))))).toEqual([
      "<RichMenu> | areas: 25 areas; LINE allows at most 20 areas, and each of the grid's 25 cells with an action is one: join cells with flex, or leave some without an action",
    ]);
    // Five cells without an action are parts of the image that do nothing: 20 areas, accepted.
    expect(renderRichMenu(grid((r) => r > 0)).areas).toHaveLength(20);
  });

  it('a switch whose alias LINE can not have, and one without data', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size="half" name="Shop" chatBarText="Menu">
          <Row>
            <Cell>
              <RichMenuSwitch richMenuAliasId="Tab B" data="tab=b" />
            </Cell>
            <Cell>
              <RichMenuSwitch {...({ richMenuAliasId: 'tab-c' } as { richMenuAliasId: string; data: string })} />
            </Cell>
          </Row>
        </RichMenu>,
      ),
    );
    expect(lines(error)).toEqual([
      '<RichMenu> > <Row> > <Cell>[0] > <RichMenuSwitch> | areas[0].action.richMenuAliasId: richMenuAliasId "Tab B" may only use lowercase letters, digits, "_" and "-"',
      '<RichMenu> > <Row> > <Cell>[1] > <RichMenuSwitch> | areas[1].action.data: data is required',
    ]);
  });

  it('a <Cell> outside a <Row>, and an <Area> inside one', () => {
    const error = failure(() =>
      renderRichMenu(
        <RichMenu size="half" name="Shop" chatBarText="Menu">
          <Cell>
            <Postback data="a" />
          </Cell>
          <Row>
            <Area x={0} y={0} width={10} height={10}>
              <Postback data="b" />
            </Area>
          </Row>
        </RichMenu>,
      ),
    );
    expect(error.issues.map((i) => i.message)).toEqual([
      '<Cell> can not go inside <RichMenu>; that takes <Area> or <Row>',
      '<Area> can not go inside a rich menu <Row>; that takes <Cell>',
      "row 0 has no <Cell>; a row needs at least one to tile the menu's width",
    ]);
  });
});

describe('rich menu grid split', () => {
  it('always covers the length exactly with positive integer tracks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 250, max: 2500 }),
        fc.array(
          fc.record({
            flex: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
            size: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (total, tracks) => {
          const { spans, problem } = split(total, tracks);
          if (problem) return;
          expect(spans.reduce((sum, s) => sum + s.length, 0)).toBe(total);
          spans.forEach((s, i) => {
            expect(Number.isInteger(s.start) && Number.isInteger(s.length)).toBe(true);
            expect(s.length).toBeGreaterThanOrEqual(1);
            expect(s.start).toBe(i === 0 ? 0 : spans[i - 1]!.start + spans[i - 1]!.length);
            if (tracks[i]!.size !== undefined) expect(s.length).toBe(tracks[i]!.size);
          });
        },
      ),
    );
  });

  it('gives any grid of rows and cells areas that tile the whole menu', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          { width: 2500, height: 1686 },
          { width: 2500, height: 843 },
          { width: 800, height: 250 },
          { width: 1200, height: 405 },
        ),
        fc.array(
          fc.record({
            flex: fc.integer({ min: 1, max: 5 }),
            cells: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (size, rows) => {
          fc.pre(rows.reduce((n, r) => n + r.cells.length, 0) <= 20);
          const menu = renderRichMenu(
            <RichMenu size={size} name="grid" chatBarText="Menu">
              {rows.map((row) => (
                <Row flex={row.flex}>
                  {row.cells.map((flex, i) => (
                    <Cell flex={flex}>
                      <MessageAction label={`c${i}`} text="x" />
                    </Cell>
                  ))}
                </Row>
              ))}
            </RichMenu>,
          );
          const covered = menu.areas.reduce((sum, a) => sum + a.bounds.width * a.bounds.height, 0);
          expect(covered).toBe(size.width * size.height); // no gaps; validation already refused overlaps and overflow
        },
      ),
      { numRuns: 200 },
    );
  });
});
