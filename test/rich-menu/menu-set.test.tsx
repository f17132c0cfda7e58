/**
 * `renderRichMenus`: several `<RichMenu>`s from one element (a set of tabs), each with the alias
 * and image deploying needs, kept out of LINE's JSON.
 */

import { Cell, MessageAction, RichMenu, RichMenuSwitch, Row, renderRichMenu, renderRichMenus, tryRenderRichMenus } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { renderError as failure } from '../support/flex.ts';

function Tab({ alias, other, label }: { alias: string; other: string; label: string }) {
  return (
    <RichMenu size="half" name={`Tab ${label}`} chatBarText={label} alias={alias} image={`${alias}.png`}>
      <Row height={200}>
        <Cell />
        <Cell>
          <RichMenuSwitch label="Other tab" richMenuAliasId={other} data={`tab=${other}`} />
        </Cell>
      </Row>
      <Row>
        <Cell>
          <MessageAction label={label} text={label} />
        </Cell>
      </Row>
    </RichMenu>
  );
}

function Tabs() {
  return (
    <>
      <Tab alias="tab-a" other="tab-b" label="A" />
      <Tab alias="tab-b" other="tab-a" label="B" />
    </>
  );
}

describe('renderRichMenus', () => {
  it('renders each menu of a fragment with its alias and image, which stay out of the JSON', () => {
    const menus = renderRichMenus(<Tabs />);
    expect(menus.map((m) => [m.alias, m.image, m.menu.name])).toEqual([
      ['tab-a', 'tab-a.png', 'Tab A'],
      ['tab-b', 'tab-b.png', 'Tab B'],
    ]);
    expect(Object.keys(menus[0]!.menu)).toEqual(['size', 'selected', 'name', 'chatBarText', 'areas']);
    expect(menus[0]!.menu.areas[0]!.action).toEqual({
      type: 'richmenuswitch',
      label: 'Other tab',
      richMenuAliasId: 'tab-b',
      data: 'tab=tab-b',
    });
    // A single menu renders the same either way.
    expect(renderRichMenus(<Tab alias="tab-a" other="tab-b" label="A" />)[0]!.menu).toEqual(
      renderRichMenu(<Tab alias="tab-a" other="tab-b" label="A" />),
    );
  });

  it('puts paths under menus[i], with the component and its index', () => {
    const error = failure(() =>
      renderRichMenus(
        <>
          <Tab alias="tab-a" other="tab-b" label="A" />
          <Tab alias="tab-b" other="tab-a" label="A menu bar text that is long" />
        </>,
      ),
    );
    expect(error.message).toMatch(/^2 problems in the rich menus\n/);
    expect(error.issues.map((i) => [i.component?.path, `${i.path}: ${i.message}`])).toEqual([
      ['<RichMenu>[1]', 'menus[1].chatBarText: chatBarText is 28 characters; LINE allows at most 14'],
      [
        '<RichMenu>[1] > <Row>[1] > <Cell> > <MessageAction>',
        'menus[1].areas[1].action.label: label is 28 characters; LINE allows at most 20',
      ],
    ]);
    expect(error.issues[0]!.component?.source?.fileName).toMatch(/menu-set\.test\.tsx$/);
  });

  it('refuses two menus with one alias, and an alias LINE can not have', () => {
    const error = failure(() =>
      renderRichMenus(
        <>
          <Tab alias="tab-a" other="tab-b" label="A" />
          <Tab alias="tab-a" other="tab-b" label="B" />
          <Tab alias="Tab C" other="tab-a" label="C" />
        </>,
      ),
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'menus[2].alias: alias "Tab C" may only use lowercase letters, digits, "_" and "-"',
      'menus[1].alias: alias "tab-a" is already the alias of menu 0; each menu needs its own',
    ]);
  });

  it('says so when there is nothing to render, and what it got instead of a <RichMenu>', () => {
    expect(failure(() => renderRichMenus(<></>)).issues.map((i) => i.message)).toEqual([
      'nothing to render: expected one or more <RichMenu>',
    ]);
    expect(failure(() => renderRichMenus(<MessageAction label="x" text="x" />)).issues.map((i) => i.message)).toEqual([
      '<MessageAction> can not go as a rich menu; that takes <RichMenu>',
    ]);
  });
});

describe('tryRenderRichMenus', () => {
  it('returns invalid menus as far as they were built, with every problem, and never throws', () => {
    const { menus, issues } = tryRenderRichMenus(
      <>
        <Tab alias="tab-a" other="tab-b" label="A" />
        <RichMenu size={{ width: 700, height: 300 }} name="Small" chatBarText="Small" alias="small" />
      </>,
    );
    expect(menus.map((m) => m.alias)).toEqual(['tab-a', 'small']);
    expect(menus[1]!.menu).toMatchObject({ size: { width: 700, height: 300 }, name: 'Small' });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['menus[1].size.width: width is 700; LINE allows 800 to 2,500']);
  });
});
