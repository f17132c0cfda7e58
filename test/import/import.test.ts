/** What `importJson` writes: the TSX a person would, and exactly the JSON back when it is rendered. */
import { ImportError, importJson, importToTsx } from '@linejsx/cli/import';
import { type ValidationIssue, validateMessage, validateMessages } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { problemsOf, roundTrip } from '../support/imported-tsx.ts';

const USER = `U${'a'.repeat(32)}`;
const OTHER = `U${'b'.repeat(32)}`;

/** The JSX of the component: the lines between `return (` and `);`, unindented. */
function jsxOf(tsx: string): string {
  const lines = tsx.split('\n');
  const single = lines.find((l) => l.startsWith('  return <') || l.startsWith('  return <>'));
  if (single) return single.slice('  return '.length, -1);
  const start = lines.indexOf('  return (');
  const end = lines.indexOf('  );');
  return lines
    .slice(start + 1, end)
    .map((l) => l.slice(4))
    .join('\n');
}

function issuesOf(message: unknown): readonly ValidationIssue[] {
  const result = validateMessage(message);
  return result.ok ? [] : result.issues;
}

function bubbleWith(...contents: unknown[]) {
  return { type: 'flex', altText: 'a', contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents } } };
}

describe('importToTsx: the module', () => {
  it('imports exactly the components it uses and exports a function component', () => {
    expect(importToTsx({ type: 'text', text: 'Hello' }, { componentName: 'Hello' })).toBe(
      ["import { Text } from '@linejsx/jsx';", '', 'export function Hello() {', '  return <Text>Hello</Text>;', '}', ''].join('\n'),
    );
  });

  it('names the component after what the JSON is, unless told', () => {
    expect(importJson({ type: 'text', text: 'a' }).componentName).toBe('Message');
    expect(importJson([{ type: 'text', text: 'a' }]).componentName).toBe('Messages');
    expect(importJson({ size: { width: 2500, height: 843 }, selected: false, name: 'n', chatBarText: 'c', areas: [] }).componentName).toBe(
      'Menu',
    );
  });

  it('refuses a component name that is no name, or that the TSX uses', () => {
    expect(() => importJson({ type: 'text', text: 'a' }, { componentName: 'my card' })).toThrow(ImportError);
    expect(() => importJson({ type: 'text', text: 'a' }, { componentName: 'Text' })).toThrow(/also a component the imported TSX uses/);
  });

  it('refuses JSON that is no LINE object, with what it is', () => {
    for (const json of [42, 'text', null, true]) {
      const error = (() => {
        try {
          importJson(json);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('LINE_IMPORT');
      expect((error as Error).message).toMatch(
        /^LINE JSON is a message object, an array of messages, a bubble or carousel, or a rich menu; this is (a number|a string|null|a boolean)$/,
      );
    }
  });

  it('imports values as JSON carries them, and refuses what JSON can not carry', () => {
    expect(importJson({ type: 'text', text: 'a', quoteToken: undefined }).tsx).toContain('return <Text>a</Text>;');
    expect(() => importJson(undefined)).toThrow(/this is undefined$/);
    expect(() => importJson({ type: 'text', text: 'a', n: 1n })).toThrow(/^LINE JSON must be JSON: /);
  });

  it('refuses a print width that is no width', () => {
    for (const printWidth of [0, 10.5, Number.NaN])
      expect(() => importJson({ type: 'text', text: 'a' }, { printWidth })).toThrow(ImportError);
    expect(importToTsx({ type: 'sticker', packageId: '446', stickerId: '1988' }, { printWidth: 50 })).toContain(
      '  return (\n    <Sticker packageId="446" stickerId="1988" />\n  );',
    );
  });

  it('breaks a long import line like the rest of the code', () => {
    const json = bubbleWith(
      {
        type: 'box',
        layout: 'horizontal',
        contents: [{ type: 'image', url: 'https://a.example.com/x.png' }, { type: 'filler' }, { type: 'separator' }],
      },
      { type: 'text', contents: [{ type: 'span', text: 'a' }] },
      { type: 'button', action: { type: 'postback', label: 'b', data: 'c' } },
      { type: 'box', layout: 'baseline', contents: [{ type: 'icon', url: 'https://a.example.com/i.png' }] },
    );
    expect(importToTsx(json).split("} from '@linejsx/jsx';")[0]).toBe(
      'import {\n  Body,\n  Box,\n  Bubble,\n  Button,\n  Filler,\n  Flex,\n  Icon,\n  Image,\n  Postback,\n  Separator,\n  Span,\n  Text,\n',
    );
  });
});

describe('importJson: what the JSON is', () => {
  it('wraps a bare bubble in <Flex> with its first text as altText, and says so', async () => {
    const bubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: '  Brown   Café  ' }] } };
    const { result, rendered } = await roundTrip(bubble);
    expect(result.kind).toBe('message');
    expect(rendered).toEqual({ type: 'flex', altText: 'Brown Café', contents: bubble });
    expect(result.tsx).toContain("// A bare bubble, as LINE's Flex Message Simulator exports it: it is wrapped in <Flex> to make a\n");
    expect(jsxOf(result.tsx)).toBe(
      [
        '<Flex altText="Brown Café">',
        '  <Bubble>',
        '    <Body>',
        "      <Text>{'  Brown   Café  '}</Text>",
        '    </Body>',
        '  </Bubble>',
        '</Flex>',
      ].join('\n'),
    );
  });

  it('takes a bare carousel altText from its first text, shortened, or a given one', async () => {
    const long = 'x'.repeat(150);
    const carousel = {
      type: 'carousel',
      contents: [
        { type: 'bubble', hero: { type: 'image', url: 'https://a.example.com/a.png' } },
        {
          type: 'bubble',
          body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', contents: [{ type: 'span', text: long }] }] },
        },
      ],
    };
    expect((await roundTrip(carousel)).rendered).toEqual({ type: 'flex', altText: `${'x'.repeat(99)}…`, contents: carousel });
    expect((await roundTrip(carousel, { altText: 'Today' })).rendered).toEqual({ type: 'flex', altText: 'Today', contents: carousel });
    expect((await roundTrip({ type: 'carousel', contents: [{ type: 'bubble' }] })).rendered).toEqual({
      type: 'flex',
      altText: 'Flex Message',
      contents: { type: 'carousel', contents: [{ type: 'bubble' }] },
    });
  });

  it('writes a messages array as a fragment', async () => {
    const messages = [
      { type: 'text', text: 'Your order is on its way' },
      { type: 'sticker', packageId: '446', stickerId: '1988' },
    ];
    const { result, rendered } = await roundTrip(messages);
    expect(result.kind).toBe('messages');
    expect(rendered).toEqual(messages);
    expect(jsxOf(result.tsx)).toBe(
      ['<>', '  <Text>Your order is on its way</Text>', '  <Sticker packageId="446" stickerId="1988" />', '</>'].join('\n'),
    );
  });

  it('writes an empty messages array as an empty fragment, which renders to the same problem', async () => {
    const { result, problems } = await roundTrip([]);
    expect(jsxOf(result.tsx)).toBe('<></>');
    const validation = validateMessages([]);
    expect(validation.ok).toBe(false);
    expect(problems).toEqual(problemsOf(validation.ok ? [] : validation.issues));
  });

  it('writes a rich menu as <RichMenu> with a size preset and explicit <Area>s', () => {
    const menu = {
      size: { width: 2500, height: 843 },
      selected: true,
      name: 'Main',
      chatBarText: 'Menu',
      areas: [
        { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'uri', uri: 'https://example.com/shop' } },
        { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: 'postback', data: 'help' } },
      ],
    };
    const result = importJson(menu);
    expect(result.kind).toBe('richMenu');
    expect(jsxOf(result.tsx)).toBe(
      [
        '<RichMenu size="half" selected name="Main" chatBarText="Menu">',
        '  <Area x={0} y={0} width={1250} height={843}><Uri uri="https://example.com/shop" /></Area>',
        '  <Area x={1250} y={0} width={1250} height={843}><Postback data="help" /></Area>',
        '</RichMenu>',
      ].join('\n'),
    );
    expect(jsxOf(importToTsx({ ...menu, selected: false, size: { width: 1200, height: 810 } }))).toMatch(
      /^<RichMenu size=\{\{ width: 1200, height: 810 \}\} name="Main" chatBarText="Menu">/,
    );
  });
});

describe('importJson: text', () => {
  it('writes text as JSX text where it reads the same, and as a string where it would not', async () => {
    const texts = [
      'Total {n} <b>',
      'a &amp; b',
      'Tom & Jerry',
      ' lead',
      'trail ',
      'tab\there',
      'two\nlines',
      'it\'s "quoted" \\ back',
      '中文 ไทย 😀',
    ];
    const json = bubbleWith(...texts.map((text) => ({ type: 'text', text })));
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx).split('\n').slice(3, -3)).toEqual([
      "      <Text>{'Total {n} <b>'}</Text>",
      "      <Text>{'a &amp; b'}</Text>",
      '      <Text>Tom & Jerry</Text>',
      "      <Text>{' lead'}</Text>",
      "      <Text>{'trail '}</Text>",
      "      <Text>{'tab\\there'}</Text>",
      "      <Text>{'two\\nlines'}</Text>",
      '      <Text>it\'s "quoted" \\ back</Text>',
      '      <Text>中文 ไทย 😀</Text>',
    ]);
  });

  it('writes attribute strings as JSX strings where they read the same', async () => {
    const json = {
      type: 'template',
      altText: 'say "hi"',
      template: {
        type: 'confirm',
        text: 'a\\b',
        actions: [
          { type: 'message', label: 'Yes & no', text: 'x\ny' },
          { type: 'message', label: '<ok>', text: '{ok}' },
        ],
      },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx)).toBe(
      [
        "<Confirm altText={'say \"hi\"'} text={'a\\\\b'}>",
        '  <MessageAction label="Yes & no" text={\'x\\ny\'} />',
        '  <MessageAction label="<ok>" text="{ok}" />',
        '</Confirm>',
      ].join('\n'),
    );
  });

  it('writes spans as <Span> children; spaces next to them survive a break onto lines', async () => {
    const json = bubbleWith(
      {
        type: 'text',
        contents: [
          { type: 'span', text: 'Total ' },
          { type: 'span', text: '¥1,200', weight: 'bold' },
        ],
      },
      {
        type: 'text',
        wrap: true,
        size: 'sm',
        contents: [
          { type: 'span', text: 'A long sentence that goes on ' },
          { type: 'span', text: 'and on, until the line is full', color: '#06c755' },
        ],
      },
      {
        type: 'text',
        contents: [
          { type: 'span', text: '' },
          { type: 'span', text: 'x' },
        ],
      },
    );
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx).split('\n').slice(3, -3)).toEqual([
      '      <Text><Span>{\'Total \'}</Span><Span weight="bold">¥1,200</Span></Text>',
      '      <Text wrap size="sm">',
      "        <Span>{'A long sentence that goes on '}</Span>",
      '        <Span color="#06c755">and on, until the line is full</Span>',
      '      </Text>',
      '      <Text><Span /><Span>x</Span></Text>',
    ]);
  });

  it("keeps a span text that is not a string as a prop, so that LINE's problem with it shows", async () => {
    const json = bubbleWith({ type: 'text', contents: [{ type: 'span', text: 7 }] });
    const { result, problems } = await roundTrip(json);
    expect(jsxOf(result.tsx)).toContain('<Text><Span text={7} /></Text>');
    expect(problems).toEqual(problemsOf(issuesOf(json)));
    expect(problems).toHaveLength(1);
  });

  it('keeps a text message and its LINE emoji at their "$"', async () => {
    const json = {
      type: 'text',
      text: '$ Hello $$ {x}',
      emojis: [
        { index: 0, productId: 'p', emojiId: '001' },
        { index: 9, productId: 'p', emojiId: '002' },
      ],
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx)).toBe(
      [
        '<Text>',
        '  <Emoji productId="p" emojiId="001" />',
        "  {' Hello $'}",
        '  <Emoji productId="p" emojiId="002" />',
        "  {' {x}'}",
        '</Text>',
      ].join('\n'),
    );
  });

  it('passes emojis <Text> would place otherwise through as a prop', async () => {
    // Not at a "$", and not in text order: LINE's problem to report, the importer's to keep.
    const json = {
      type: 'text',
      text: '$ hi $',
      emojis: [
        { index: 5, productId: 'p', emojiId: '1' },
        { index: 1, productId: 'p', emojiId: '2' },
      ],
    };
    const { result, problems } = await roundTrip(json);
    expect(problems).toEqual(['emojis[1].index [invalid_value] index 1 does not point at a "$" in text (found " ")']);
    expect(jsxOf(result.tsx)).toContain('emojis={[');
  });
});

describe('importJson: textV2', () => {
  const mention = (userId: string) => ({ type: 'mention', mentionee: { type: 'user', userId } });
  const all = { type: 'mention', mentionee: { type: 'all' } };
  const emoji = { type: 'emoji', productId: 'p', emojiId: '001' };

  it('writes the keys <Text> generates as they are, without names', async () => {
    const json = {
      type: 'textV2',
      text: 'Hi {user0} and {user1}, {user0}! {all} {emoji0} {{literal}}',
      substitution: { user0: mention(USER), user1: mention(OTHER), all, emoji0: emoji },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(result.tsx).not.toContain('name=');
    expect(result.tsx).not.toContain(' v2');
  });

  it('names the elements whose keys <Text> would not generate', async () => {
    const json = {
      type: 'textV2',
      text: '{friend}: {user0} {everyone} {smile}',
      substitution: { friend: mention(USER), user0: mention(OTHER), everyone: all, smile: emoji },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx)).toBe(
      [
        '<Text>',
        `  <Mention userId="${USER}" name="friend" />`,
        "  {': '}",
        `  <Mention userId="${OTHER}" />`,
        "  {' '}",
        '  <MentionAll name="everyone" />',
        "  {' '}",
        '  <Emoji productId="p" emojiId="001" name="smile" />',
        '</Text>',
      ].join('\n'),
    );
  });

  it('names a repeated user or emoji under two keys, and every later one of a named user', async () => {
    const json = {
      type: 'textV2',
      text: '{a} {b} {a} {user0}',
      substitution: { a: mention(USER), b: mention(USER), user0: mention(OTHER) },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(result.tsx.match(/name="a"/g)).toHaveLength(2);
    expect(result.tsx).toContain('name="b"');
  });

  it('marks emoji-only and plain textV2 messages v2', async () => {
    for (const json of [
      { type: 'textV2', text: 'Thanks {emoji0}', substitution: { emoji0: emoji } },
      { type: 'textV2', text: 'braces {{ }}' },
    ]) {
      const { result, rendered } = await roundTrip(json);
      expect(rendered).toEqual(json);
      expect(jsxOf(result.tsx)).toMatch(/^<Text v2>/);
    }
  });
});

describe('importJson: props', () => {
  it('writes LINE properties as props: numbers, booleans, objects; vertical boxes without layout; element props last', async () => {
    const json = {
      type: 'flex',
      altText: 'a',
      contents: {
        type: 'bubble',
        styles: { footer: { separator: true } },
        body: {
          type: 'box',
          layout: 'vertical',
          action: { type: 'uri', uri: 'https://example.com' },
          contents: [{ type: 'box', layout: 'horizontal', contents: [{ type: 'text', text: 'a', flex: 0, wrap: true, scaling: false }] }],
          paddingAll: 'md',
        },
      },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx)).toBe(
      [
        '<Flex altText="a">',
        '  <Bubble styles={{ footer: { separator: true } }}>',
        '    <Body paddingAll="md" action={<Uri uri="https://example.com" />}>',
        '      <Box layout="horizontal">',
        '        <Text flex={0} wrap scaling={false}>a</Text>',
        '      </Box>',
        '    </Body>',
        '  </Bubble>',
        '</Flex>',
      ].join('\n'),
    );
  });

  it('breaks a tag whose props do not fit, one prop a line, and object literals the same way', async () => {
    const json = bubbleWith({
      type: 'box',
      layout: 'vertical',
      contents: [],
      position: 'absolute',
      offsetBottom: '0px',
      offsetStart: '0px',
      offsetEnd: '0px',
      background: { type: 'linearGradient', angle: '0deg', startColor: '#00000099', endColor: '#00000000', centerColor: '#00000044' },
    });
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx).split('\n').slice(3, -3)).toEqual([
      '      <Box',
      '        position="absolute"',
      '        offsetBottom="0px"',
      '        offsetStart="0px"',
      '        offsetEnd="0px"',
      '        background={{',
      "          type: 'linearGradient',",
      "          angle: '0deg',",
      "          startColor: '#00000099',",
      "          endColor: '#00000000',",
      "          centerColor: '#00000044',",
      '        }}',
      '      />',
    ]);
  });

  it('keeps one long string attribute beside its tag', () => {
    const url = `https://cdn.example.com/${'a'.repeat(120)}.png`;
    expect(importToTsx(bubbleWith({ type: 'box', layout: 'baseline', contents: [{ type: 'icon', url }] }))).toContain(
      `<Icon url="${url}" />`,
    );
  });

  it('writes quick replies and senders as elements, an icon button as <QuickReplyButton>', async () => {
    const json = {
      type: 'text',
      text: 'What next?',
      sender: { name: 'Cony' },
      quickReply: {
        items: [
          { type: 'action', action: { type: 'message', label: 'Menu', text: 'menu' } },
          { type: 'action', imageUrl: 'https://a.example.com/i.png', action: { type: 'cameraRoll', label: 'Photo' } },
        ],
      },
    };
    const { result, rendered } = await roundTrip(json);
    expect(rendered).toEqual(json);
    expect(jsxOf(result.tsx)).toBe(
      [
        '<Text',
        '  sender={<Sender name="Cony" />}',
        '  quickReply={',
        '    <QuickReply>',
        '      <MessageAction label="Menu" text="menu" />',
        '      <QuickReplyButton imageUrl="https://a.example.com/i.png">',
        '        <CameraRoll label="Photo" />',
        '      </QuickReplyButton>',
        '    </QuickReply>',
        '  }',
        '>',
        '  What next?',
        '</Text>',
      ].join('\n'),
    );
  });

  it('writes a property that is no JSX name as a spread', async () => {
    const json = { type: 'sticker', packageId: '1', stickerId: '2', 'odd-key': 1, 'two words': { a: 1 } };
    const { result, problems } = await roundTrip(json);
    expect(jsxOf(result.tsx)).toBe(`<Sticker packageId="1" stickerId="2" {...{ 'odd-key': 1 }} {...{ 'two words': { a: 1 } }} />`);
    expect(problems).toEqual(problemsOf(issuesOf(json)));
  });
});

describe('importJson: <Raw> for JSON no component writes as it is', () => {
  it('keeps it, lists it in a comment, and rendering reports the same problems', async () => {
    const json = [
      bubbleWith({ type: 'spacer', size: 'sm' }, { type: 'text', text: 'ok' }),
      { type: 'sticker', packageId: 1, stickerId: '2' },
      { type: 'textV2', text: 'Hi {user}' },
      bubbleWith({ type: 'box', layout: 'vertical', width: '8px' }),
    ];
    const { result, problems } = await roundTrip(json);
    expect(result.kept).toEqual([
      { path: 'messages[0].contents.body.contents[0]', why: 'the "spacer" component was removed from Flex Messages' },
      { path: 'messages[1]', why: 'its packageId is the number 1; <Sticker> would send the string "1"' },
      { path: 'messages[2]', why: 'its text uses {user}, and substitution has no "user" that <Mention>, <MentionAll> or <Emoji> writes' },
      { path: 'messages[3].contents.body.contents[0]', why: 'a box whose contents is missing; <Box> always writes a contents array' },
    ]);
    expect(result.tsx).toContain(
      [
        '// <Raw> keeps JSON that no component writes as it is, so rendering reports the same problems:',
        '// - messages[0].contents.body.contents[0]: the "spacer" component was removed from Flex Messages',
        '// - messages[1]: its packageId is the number 1; <Sticker> would send the string "1"',
      ].join('\n'),
    );
    expect(result.tsx).toContain("<Raw json={{ type: 'spacer', size: 'sm' }} />");
    expect(problems).toHaveLength(4);
    expect(problems![0]).toMatch(
      /^messages\[0\]\.contents\.body\.contents\[0\]\.type \[invalid_value\] the "spacer" component was removed/,
    );
  });

  it('keeps the smallest object it can: a bubble whose block is not a box, not the whole message', async () => {
    const json = {
      type: 'flex',
      altText: 'a',
      contents: { type: 'bubble', header: { type: 'text', text: 'x' } },
      sender: { name: 'Cony' },
    };
    const { result } = await roundTrip(json);
    expect(result.kept).toEqual([{ path: 'contents', why: 'its header is not a box ("text"); <Header> always writes a box' }]);
    expect(jsxOf(result.tsx)).toMatch(/^<Flex altText="a" sender=\{<Sender name="Cony" \/>\}>\n {2}<Raw json=/);
  });

  it('forgets what it kept inside an object it then keeps whole', () => {
    const json = {
      type: 'flex',
      altText: 'a',
      contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'spacer' }] }, footer: { type: 'image' } },
    };
    expect(importJson(json).kept).toEqual([{ path: 'contents', why: 'its footer is not a box ("image"); <Footer> always writes a box' }]);
  });

  it('keeps JSON whose key JSX takes for itself', async () => {
    const json = {
      type: 'text',
      text: 'a',
      quickReply: { items: [{ type: 'action', action: { type: 'postback', data: 'x', label: 'l', key: 'k' } }] },
    };
    const { result } = await roundTrip(json);
    expect(result.kept).toEqual([{ path: 'quickReply.items[0].action', why: '"key" can not be a prop: JSX keeps it for itself' }]);
  });
});
