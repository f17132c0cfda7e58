import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Area,
  Body,
  Bubble,
  Buttons,
  Column,
  Flex,
  Image,
  Imagemap,
  type LineNode,
  LineValidationError,
  MessageAction,
  QuickReply,
  render,
  renderMessages,
  Sticker,
  Text,
} from '@linejsx/jsx';
import { jsx } from '@linejsx/jsx/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../support/validation.ts';

const FILE = 'test/jsx/render-errors.test.tsx';
const LINES = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');

/** The 1-based line of this file that carries the comment `@marker`. */
const lineOf = (marker: string) => LINES.findIndex((line) => line.includes(`@${marker} `) || line.endsWith(`@${marker}`)) + 1;

describe('render problems name the component path, the JSON path, the rule and the TSX line', () => {
  it('a component nested where LINE does not allow it', () => {
    const sticker = <Sticker packageId="446" stickerId="1988" />; // @sticker
    const error = catchValidation(() => render(<Text quickReply={<QuickReply>{sticker}</QuickReply>}>Hi</Text>));
    expect(error.issues).toEqual([
      {
        path: 'quickReply.items[0]',
        code: 'invalid_nesting',
        message: expect.stringMatching(
          /^<Sticker> can not go inside <QuickReply>; that takes <Camera>, <CameraRoll>, .*<QuickReplyButton>/,
        ),
        component: { path: '<Text> > <QuickReply> > <Sticker>', source: sticker.source },
      },
    ]);
    expect(sticker.source).toMatchObject({
      fileName: expect.stringMatching(/render-errors\.test\.tsx$/),
      lineNumber: lineOf('sticker'),
      columnNumber: 21,
    });
  });

  it('text outside a <Text>', () => {
    const buttons = (
      <Buttons altText="Menu" text="Pick">
        Choose wisely
        <MessageAction label="OK" text="ok" />
      </Buttons>
    );
    const error = catchValidation(() => render(buttons));
    expect(error.issues).toEqual([
      {
        path: 'template.actions[0]',
        code: 'invalid_nesting',
        message: 'the text "Choose wisely" can not go as an action; put it in a <Text>',
        component: { path: '<Buttons>', source: buttons.source },
      },
    ]);
  });

  it('a component in a slot it does not declare', () => {
    const column = (
      <Column text="Bread">
        <MessageAction label="OK" text="ok" />
      </Column>
    );
    const error = catchValidation(() => render(column));
    expect(error.issues).toEqual([
      {
        path: '',
        code: 'invalid_nesting',
        message: expect.stringMatching(/^<Column> can not go as a message; that takes <Audio>, <Buttons>/),
        component: { path: '<Column>', source: column.source },
      },
    ]);
  });

  it('a block written twice in a bubble', () => {
    const bubble = (
      <Bubble>
        <Body>
          <Text>One</Text>
        </Body>
        <Body>
          <Text>Two</Text>
        </Body>
      </Bubble>
    );
    const error = catchValidation(() => render(<Flex altText="Card">{bubble}</Flex>));
    expect(error.issues).toEqual([
      {
        path: 'contents.body',
        code: 'invalid_nesting',
        message: 'a bubble has one body; this one has two',
        component: { path: '<Flex> > <Bubble>', source: bubble.source },
      },
    ]);
  });

  it('an <Area> without its action', () => {
    const area = <Area x={0} y={0} width={1040} height={1040} />;
    const error = catchValidation(() =>
      render(
        <Imagemap baseUrl="https://cdn.example.com/menu" altText="Menu" baseSize={{ width: 1040, height: 1040 }}>
          {area}
        </Imagemap>,
      ),
    );
    expect(error.issues).toEqual([
      {
        path: 'actions[0]',
        code: 'required',
        message: '<Area> needs one action: <Uri>, <MessageAction> or <Clipboard>',
        component: { path: '<Imagemap> > <Area>', source: area.source },
      },
    ]);
  });

  it('values that can not be children', () => {
    const Card = () => <Text>Card</Text>;
    const children: unknown[] = [Card, Promise.resolve('later'), { text: 'hi' }, Symbol('s')];
    const error = catchValidation(() =>
      render(
        <Buttons altText="Menu" text="Pick">
          {children as LineNode}
          <MessageAction label="OK" text="ok" />
        </Buttons>,
      ),
    );
    expect(error.issues.map((i) => i.message)).toEqual([
      'a function (Card) can not be rendered as an action; write it as a tag, <Card />, or call it',
      'a Promise can not be rendered as an action; await data before rendering',
      'a plain object can not be rendered as an action; only elements, strings and numbers can be children',
      'a symbol can not be rendered as an action; only elements, strings and numbers can be children',
    ]);
  });

  it('a lowercase tag, which JavaScript without types lets through', () => {
    const error = catchValidation(() => render(jsx('div' as never, { children: 'hi' })));
    expect(error.issues.map((i) => i.message)).toEqual(['<div> is not a LINE component; linejsx has no lowercase (HTML) tags']);
  });

  it('a component that renders itself forever', () => {
    const Loop = (): LineNode => <Loop />;
    const error = catchValidation(() => render(<Loop />));
    expect(error.issues.map((i) => i.message)).toEqual(['components nest more than 256 deep; is <Loop> rendering itself?']);
  });
});

describe('one problem is reported once', () => {
  it('a refused element is not also the missing value or the short list around it', () => {
    const error = catchValidation(() =>
      render(
        <Text
          quickReply={
            <QuickReply>
              <Sticker packageId="446" stickerId="1988" />
            </QuickReply>
          }
        >
          Hi
        </Text>,
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['quickReply.items[0]']);
  });

  it('an independent problem next to it is still reported', () => {
    const error = catchValidation(() =>
      render(
        <Text
          quickReply={
            <QuickReply>
              <Sticker packageId="446" stickerId="1988" />
            </QuickReply>
          }
        >
          {'x'.repeat(5001)}
        </Text>,
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['quickReply.items[0]', 'text']);
  });
});

describe('validation problems name the same', () => {
  it('points at the element whose prop broke the rule', () => {
    const image = <Image originalContentUrl="http://cdn.example.com/cat.jpg" previewImageUrl="https://cdn.example.com/cat.jpg" />;
    const error = catchValidation(() => render(image));
    expect(error.issues).toEqual([
      {
        path: 'originalContentUrl',
        code: 'invalid_format',
        message: '"http://cdn.example.com/cat.jpg" must be an https URL',
        component: { path: '<Image>', source: image.source },
      },
    ]);
  });

  it('carries the limit that was exceeded', () => {
    const error = catchValidation(() => render(<Text>{'あ'.repeat(5001)}</Text>));
    expect(error.issues[0]).toMatchObject({
      path: 'text',
      code: 'too_long',
      limit: 'text',
      message: 'text is 5,001 characters; LINE allows at most 5,000',
    });
  });
});

describe('the formatted message', () => {
  it('lists every problem under its component and TSX line, with a count and the subject', () => {
    function Receipt({ shop }: { shop: string }) {
      return (
        // @buttons (the next line)
        <Buttons altText={shop} text="Thanks!" thumbnailImageUrl="http://cdn.example.com/shop.jpg">
          {/* @action (the next line) */}
          <MessageAction label="Show me the receipt please" text="receipt" />
        </Buttons>
      );
    }
    const error = catchValidation(() => render(<Receipt shop="Brown Café" />));
    expect(error).toBeInstanceOf(LineValidationError);
    expect(error.name).toBe('LineValidationError');
    expect(error.code).toBe('LINE_VALIDATION');
    expect(error.subject).toBe('<Receipt>');
    expect(error.message).toBe(
      [
        '2 problems in <Receipt>',
        `  <Buttons>   ${FILE}:${lineOf('buttons') + 1}:9`,
        '    template.thumbnailImageUrl: "http://cdn.example.com/shop.jpg" must be an https URL',
        `  <Buttons> > <MessageAction>   ${FILE}:${lineOf('action') + 1}:11`,
        '    template.actions[0].label: label is 26 characters; LINE allows at most 20',
      ].join('\n'),
    );
  });

  it('groups consecutive problems of one component under one heading', () => {
    const error = catchValidation(() => render(<Text quoteToken={5 as unknown as string}>{''}</Text>)); // @grouped
    expect(error.message).toBe(
      [
        '2 problems in <Text>',
        `  <Text>   ${FILE}:${lineOf('grouped')}:48`,
        '    text: text must not be empty',
        '    quoteToken: quoteToken must be a string, not a number (5)',
      ].join('\n'),
    );
  });

  it('says "1 problem", and leaves out the line when the production runtime gave none', () => {
    const error = catchValidation(() => render(jsx(Text, { children: '' })));
    expect(error.message).toBe('1 problem in <Text>\n  <Text>\n    text: text must not be empty');
  });

  it('names fragments and arrays "the message(s)"', () => {
    expect(catchValidation(() => render(<>{[<Text>{''}</Text>]}</>)).subject).toBe('the message');
    expect(catchValidation(() => renderMessages([<Text>{''}</Text>])).message.split('\n')[0]).toBe('1 problem in the messages');
  });

  it('names the user component, however deep the built-ins are', () => {
    const Inner = () => <Text>{''}</Text>;
    const Outer = () => (
      <>
        {null}
        <Inner />
      </>
    );
    const error = catchValidation(() => render(<Outer />));
    expect(error.subject).toBe('<Outer>');
    expect(located(error)).toEqual([['<Text>', 'text', 'text must not be empty']]);
  });
});

describe('children: fragments, arrays, null, false, undefined, numbers and user components', () => {
  it('flatten away', () => {
    const Price = ({ yen }: { yen: number }) => <>¥{yen}</>;
    const Line = ({ name, yen }: { name: string; yen: number }) => (
      <>
        {name}: <Price yen={yen} />
        {'\n'}
      </>
    );
    const items: Array<[string, number]> = [
      ['Tea', 480],
      ['Cake', 520],
    ];
    const message = render(
      <Text>
        {items.map(([name, yen]) => (
          <Line name={name} yen={yen} />
        ))}
        {null}
        {false}
        {undefined}
        {true}
        {[[['Total: '], 1000n]]}
      </Text>,
    );
    expect(message).toEqual({ type: 'text', text: 'Tea: ¥480\nCake: ¥520\nTotal: 1000' });
  });
});

describe('how many messages', () => {
  it('render() refuses nothing to render', () => {
    expect(located(catchValidation(() => render(<>{null}</>)))).toEqual([
      [undefined, '', 'nothing to render: the element gave no message'],
    ]);
    expect(located(catchValidation(() => render([])))).toEqual([[undefined, '', 'nothing to render: the element gave no message']]);
  });

  it('render() refuses two messages and points at renderMessages()', () => {
    const error = catchValidation(() =>
      render(
        <>
          <Text>a</Text>
          <Text>b</Text>
        </>,
      ),
    );
    expect(located(error)).toEqual([[undefined, '', 'the element gave 2 messages; use renderMessages() for several']]);
  });

  it('renderMessages() takes one to five', () => {
    const texts = (n: number) => Array.from({ length: n }, (_, i) => <Text>{`Message ${i + 1}`}</Text>);
    expect(renderMessages(<Text>one</Text>)).toEqual([{ type: 'text', text: 'one' }]);
    expect(renderMessages(texts(5))).toHaveLength(5);
    expect(located(catchValidation(() => renderMessages(<>{texts(6)}</>)))).toEqual([
      [undefined, 'messages', '6 messages per request; LINE allows at most 5 messages per request'],
    ]);
    expect(located(catchValidation(() => renderMessages(<>{null}</>)))).toEqual([
      [undefined, 'messages', '0 messages per request; LINE needs at least 1 message per request'],
    ]);
  });

  it('renderMessages() refuses a quick reply that LINE would never show', () => {
    const menu = (
      <QuickReply>
        <MessageAction label="Menu" text="menu" />
      </QuickReply>
    );
    const messages = (
      <>
        <Text quickReply={menu}>first</Text>
        <Text quickReply={menu}>last</Text>
      </>
    );
    expect(located(catchValidation(() => renderMessages(messages)))).toEqual([
      [
        '<Text>[0] > <QuickReply>',
        'messages[0].quickReply',
        "LINE shows only the last message's quick reply; this one, on message 1 of 2, would never appear",
      ],
    ]);
    expect(renderMessages([<Text>first</Text>, <Text quickReply={menu}>last</Text>])[1]!.quickReply?.items).toHaveLength(1);
  });

  it('renderMessages() paths start with messages[i] and name the message by index', () => {
    const error = catchValidation(() =>
      renderMessages(
        <>
          <Text>fine</Text>
          <Sticker packageId="446" stickerId={'' as string} quoteToken={7 as unknown as string} />
        </>,
      ),
    );
    expect(located(error)).toEqual([['<Sticker>[1]', 'messages[1].quoteToken', 'quoteToken must be a string, not a number (7)']]);
  });
});
