import '@linejsx/testing/setup';
import {
  Area,
  Body,
  Bubble,
  Button,
  Carousel,
  Flex,
  Hero,
  Image,
  MessageAction,
  RichMenu,
  render,
  renderMessages,
  Sticker,
  Text,
  Uri,
} from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

/** The message a failing assertion throws. */
function failure(assert: () => void): string {
  try {
    assert();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

const bubble = (n: number) => (
  <Bubble>
    <Body>
      <Text>Item {n}</Text>
    </Body>
  </Bubble>
);

function ThirteenBubbles() {
  return (
    <Flex altText="Too many">
      <Carousel>{Array.from({ length: 13 }, (_, i) => bubble(i))}</Carousel>
    </Flex>
  );
}

function BrokenCard() {
  return (
    <Flex altText="Card">
      <Bubble>
        <Hero>
          <Image url="http://cdn.example.com/a.png" />
        </Hero>
        <Body>
          <Button action={<Uri label={'x'.repeat(41)} uri="https://example.com" />} />
        </Body>
      </Bubble>
    </Flex>
  );
}

describe('toRenderValidMessage', () => {
  it('passes for an element, a component or JSON that is one valid message', () => {
    expect(<Text>Hello</Text>).toRenderValidMessage();
    expect(<Flex altText="a">{bubble(1)}</Flex>).toRenderValidMessage();
    expect({ type: 'sticker', packageId: '446', stickerId: '1988' }).toRenderValidMessage();
    expect(() => render(<Text>Hello</Text>)).toRenderValidMessage();
  });

  it('fails listing every problem, with component path, JSON path and source line', () => {
    const message = failure(() => expect(<BrokenCard />).toRenderValidMessage());
    expect(message).toMatch(/^expected <BrokenCard> to render a valid LINE message, but it has 2 problems:\n/);
    expect(message).toContain('  <Flex> > <Bubble> > <Hero> > <Image>   test/testing/matchers.test.tsx:');
    expect(message).toContain('    contents.hero.url: "http://cdn.example.com/a.png" must be an https URL');
    expect(message).toContain('    contents.body.contents[0].action.label: label is 41 characters; LINE allows at most 40');
  });

  it('says what it rendered when it was expected not to render', () => {
    expect(<BrokenCard />).not.toRenderValidMessage();
    expect(failure(() => expect(<Text>Hi</Text>).not.toRenderValidMessage())).toBe(
      'expected <Text> not to render a valid LINE message, but it rendered:\n{\n  "type": "text",\n  "text": "Hi"\n}',
    );
  });

  it('refuses several messages: that is toRenderValidMessages', () => {
    const two = (
      <>
        <Text>a</Text>
        <Text>b</Text>
      </>
    );
    expect(two).toRenderValidMessages();
    expect([{ type: 'text', text: 'a' }]).toRenderValidMessages();
    expect(failure(() => expect(two).toRenderValidMessage())).toContain('the element gave 2 messages; use renderMessages() for several');
    expect(
      failure(() =>
        expect(
          <>
            <Text>{''}</Text>
            <Sticker packageId="1" stickerId="2" />
          </>,
        ).toRenderValidMessages(),
      ),
    ).toMatch(
      /^expected the fragment to render valid LINE messages, but it has 1 problem:\n.*messages\[0\]\.text: text must not be empty/s,
    );
  });
});

describe('toRenderValidRichMenu', () => {
  it('passes for a rich menu, and toFailWith renders one as a rich menu', () => {
    const Menu = ({ overlap }: { overlap: boolean }) => (
      <RichMenu size="half" name="Main" chatBarText="Menu">
        <Area x={0} y={0} width={1250} height={843}>
          <MessageAction text="hi" />
        </Area>
        <Area x={overlap ? 1000 : 1250} y={0} width={1250} height={843}>
          <MessageAction text="hi" />
        </Area>
      </RichMenu>
    );
    expect(<Menu overlap={false} />).toRenderValidRichMenu();
    expect(<Menu overlap />).toFailWith({ path: 'areas[1].bounds', message: 'overlaps area 0' });
    expect(failure(() => expect(<Menu overlap={false} />).toRenderValidMessage())).toContain('can not go as a message');
  });
});

describe('toFailWith', () => {
  it('matches a problem by a RegExp or a part of its message', () => {
    expect(<ThirteenBubbles />).toFailWith(/at most 12 bubbles/);
    expect(<ThirteenBubbles />).toFailWith('13 bubbles');
    expect(<BrokenCard />).toFailWith(/https URL/, /at most 40/);
  });

  it('matches by path, code, limit and component path', () => {
    expect(<BrokenCard />).toFailWith({ path: 'contents.hero.url', code: 'invalid_format' });
    expect(<BrokenCard />).toFailWith({ component: /<Button> > <Uri>$/, limit: 'labelFlexButton', message: 'at most 40' });
    expect(<BrokenCard />).not.toFailWith({ path: 'contents.hero' });
  });

  it('takes a function that renders, and JSON, too', () => {
    expect(() => renderMessages([])).toFailWith(/at least 1/);
    expect({ type: 'text', text: '' }).toFailWith({ path: 'text', code: 'too_short' });
    expect({ selected: false, name: 'Main', chatBarText: 'Menu', areas: [] }).toFailWith({ path: 'size', code: 'required' });
  });

  it('fails with the problems it found when none matches', () => {
    const lines = failure(() => expect(<BrokenCard />).toFailWith(/bubbles/)).split('\n');
    expect(lines).toEqual([
      'expected <BrokenCard> to fail with /bubbles/; it has 2 problems:',
      expect.stringMatching(/^ {2}<Flex> > <Bubble> > <Hero> > <Image> {3}test\/testing\/matchers\.test\.tsx:\d+:11$/),
      '    contents.hero.url: "http://cdn.example.com/a.png" must be an https URL',
      expect.stringMatching(/^ {2}<Flex> > <Bubble> > <Body> > <Button> > <Uri> {3}test\/testing\/matchers\.test\.tsx:\d+:27$/),
      '    contents.body.contents[0].action.label: label is 41 characters; LINE allows at most 40',
    ]);
  });

  it('fails saying so when rendering found nothing wrong, and names what matched under .not', () => {
    expect(failure(() => expect(<Text>fine</Text>).toFailWith({ path: 'text', code: 'too_long' }))).toBe(
      'expected <Text> to fail with { path: "text", code: "too_long" }, but it rendered without a problem',
    );
    expect(failure(() => expect(<ThirteenBubbles />).not.toFailWith(/at most 12/))).toMatch(
      /^expected <ThirteenBubbles> not to fail with \/at most 12\/, but it did:\n {2}<Flex> > <Carousel> {3}.*\n {4}contents\.contents: 13 bubbles; LINE allows at most 12 bubbles$/,
    );
  });

  it('lets other errors through: they are bugs, not LINE problems', () => {
    const Throws = () => {
      throw new RangeError('boom');
    };
    expect(() => expect(<Throws />).toFailWith(/x/)).toThrow(RangeError);
    expect(() => expect(<Text>a</Text>).toFailWith()).toThrow('toFailWith() needs a pattern');
  });

  it('works as an asymmetric matcher', () => {
    expect({ card: <ThirteenBubbles />, ok: <Text>a</Text> }).toEqual({
      card: expect.toFailWith(/at most 12/),
      ok: expect.toRenderValidMessage(),
    });
  });
});
