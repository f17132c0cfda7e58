import { Fragment, RichMenu, Text } from '@linejsx/jsx';
import { kindOf } from '@linejsx/testing';
import { describe, expect, it } from 'vitest';

describe('kindOf: how the matchers and the serializer render what they get', () => {
  it('renders a fragment or an array as messages, whoever returns it', () => {
    const Pair = () => (
      <>
        <Text>a</Text>
        <Text>b</Text>
      </>
    );
    const Wrapper = () => <Pair />;
    expect(kindOf(<Pair />)).toBe('messages');
    expect(kindOf(<Wrapper />)).toBe('messages');
    expect(kindOf([<Text>a</Text>])).toBe('messages');
    expect(
      kindOf(
        <Fragment>
          <Text>a</Text>
        </Fragment>,
      ),
    ).toBe('messages');
  });

  it('renders a <RichMenu> as a rich menu, and anything else as one message', () => {
    const Menu = () => <RichMenu size="half" name="Main" chatBarText="Menu" />;
    expect(kindOf(<Menu />)).toBe('richMenu');
    const Tabs = () => [
      <Menu key="a" />,
      false,
      <>
        <Menu />
      </>,
    ];
    expect(kindOf(<Tabs />)).toBe('richMenus');
    expect(
      kindOf(
        <>
          <Menu />
          <Text>a</Text>
        </>,
      ),
    ).toBe('messages');
    expect(kindOf(<Text>a</Text>)).toBe('message');
    expect(kindOf(null)).toBe('message');
  });
});
