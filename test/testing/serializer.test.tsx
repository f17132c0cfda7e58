import '@linejsx/testing/setup';
import { Body, Bubble, Button, Flex, MessageAction, Postback, QuickReply, render, Sender, Span, Text, Uri } from '@linejsx/jsx';
import { lineSerializer, outline, printLine } from '@linejsx/testing';
import { describe, expect, it } from 'vitest';
import { corpus, corpusAvailable, validateCorpusFile } from '../../tools/corpus.ts';

const USER = `U${'4af4980629'.repeat(3)}ab`;

describe('the snapshot serializer', () => {
  it('prints a rendered message as an outline, then its JSON', () => {
    const message = render(
      <Text
        sender={<Sender name="Cony" />}
        quickReply={
          <QuickReply>
            <MessageAction label="Yes" text="yes" />
          </QuickReply>
        }
      >
        Ready?
      </Text>,
    );
    expect(message).toMatchInlineSnapshot(`
      text "Ready?"
        quick reply: message "Yes" text="yes"
        sender "Cony"

      {
        "type": "text",
        "text": "Ready?",
        "quickReply": {
          "items": [
            {
              "type": "action",
              "action": {
                "type": "message",
                "label": "Yes",
                "text": "yes"
              }
            }
          ]
        },
        "sender": {
          "name": "Cony"
        }
      }
    `);
  });

  it('outlines flex bubbles block by block, with the JSON size against its limit', () => {
    expect(
      render(
        <Flex altText="Order">
          <Bubble size="kilo">
            <Body>
              <Text weight="bold">
                Total <Span color="#06c755">¥1,200</Span>
              </Text>
              <Button style="primary" action={<Uri label="Pay" uri="https://pay.example.com" />} />
            </Body>
          </Bubble>
        </Flex>,
      ),
    ).toMatchInlineSnapshot(`
      flex "Order" [320 of 30,000 bytes]
        bubble kilo
          body: box vertical
            text
              span "Total "
              span "¥1,200"
            button primary
              action: uri "Pay" https://pay.example.com

      {
        "type": "flex",
        "altText": "Order",
        "contents": {
          "type": "bubble",
          "size": "kilo",
          "body": {
            "type": "box",
            "layout": "vertical",
            "contents": [
              {
                "type": "text",
                "contents": [
                  {
                    "type": "span",
                    "text": "Total "
                  },
                  {
                    "type": "span",
                    "text": "¥1,200",
                    "color": "#06c755"
                  }
                ],
                "weight": "bold"
              },
              {
                "type": "button",
                "action": {
                  "type": "uri",
                  "label": "Pay",
                  "uri": "https://pay.example.com"
                },
                "style": "primary"
              }
            ]
          }
        }
      }
    `);
  });

  it('outlines templates, imagemaps, textV2 messages and rich menus in their terms', () => {
    const template = {
      type: 'template',
      altText: 'Menu',
      template: { type: 'buttons', title: 'Menu', text: 'Pick one', actions: [{ type: 'postback', label: 'Buy', data: 'buy' }] },
    };
    const imagemap = {
      type: 'imagemap',
      baseUrl: 'https://cdn.example.com/map',
      altText: 'Map',
      baseSize: { width: 1040, height: 520 },
      video: {
        originalContentUrl: 'https://cdn.example.com/v.mp4',
        previewImageUrl: 'https://cdn.example.com/v.jpg',
        area: { x: 0, y: 0, width: 520, height: 260 },
      },
      actions: [{ type: 'uri', linkUri: 'https://example.com', area: { x: 0, y: 260, width: 1040, height: 260 } }],
    };
    const textV2 = {
      type: 'textV2',
      text: 'Hi {user0} {all}',
      substitution: {
        user0: { type: 'mention', mentionee: { type: 'user', userId: USER } },
        all: { type: 'mention', mentionee: { type: 'all' } },
      },
    };
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'Main',
      chatBarText: 'Menu',
      areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'message', text: 'hi' } }],
    };
    expect([template, imagemap, textV2].map((m) => printLine(m).split('\n\n')[0]).join('\n')).toMatchInlineSnapshot(`
      "template "Menu"
        buttons "Menu": "Pick one"
          postback "Buy" data="buy"
      imagemap "Map" https://cdn.example.com/map 1040×520
        video: https://cdn.example.com/v.mp4 at 0,0 520×260
        area 0,260 1040×260: uri https://example.com
      textV2 "Hi {user0} {all}"
        {user0}: mention "U4af49806294af49806294af4980629ab"
        {all}: mention all"
    `);
    expect(printLine(menu).split('\n\n')[0]).toMatchInlineSnapshot(`
      "rich menu "Main" 2500×843 chat bar "Menu"
        area 0,0 2500×843: message text="hi""
    `);
  });

  it('lists the problems of JSON that LINE would refuse', () => {
    expect({ type: 'text', text: '', quickReply: { items: [] } }).toMatchInlineSnapshot(`
      text ""

      ✗ 2 problems
        text: text must not be empty
        quickReply.items: 0 quick reply buttons; LINE needs at least 1 quick reply button

      {
        "type": "text",
        "text": "",
        "quickReply": {
          "items": []
        }
      }
    `);
  });

  it('prints a messages array, also nested in another value', () => {
    expect({
      to: USER,
      messages: [
        { type: 'text', text: 'a' },
        { type: 'sticker', packageId: '446', stickerId: '1988' },
      ],
    }).toMatchInlineSnapshot(`
      {
        "messages": 2 messages
          [0]: text "a"
          [1]: sticker 446/1988

          [
            {
              "type": "text",
              "text": "a"
            },
            {
              "type": "sticker",
              "packageId": "446",
              "stickerId": "1988"
            }
          ],
        "to": "U4af49806294af49806294af4980629ab",
      }
    `);
  });

  it('renders an element to print it, so a snapshot of <Design /> is the snapshot of its JSON', () => {
    const Order = ({ total }: { total: string }) => (
      <Flex altText={`Your order: ${total}`}>
        <Bubble>
          <Body>
            <Text>
              Total <Span weight="bold">{total}</Span>
            </Text>
          </Body>
        </Bubble>
      </Flex>
    );
    const serialize = (value: unknown) => (lineSerializer as { serialize: (v: unknown, ...rest: never[]) => string }).serialize(value);
    expect(lineSerializer.test(<Order total="¥1,200" />)).toBe(true);
    expect(serialize(<Order total="¥1,200" />)).toBe(printLine(render(<Order total="¥1,200" />)));
    expect(<Order total="¥1,200" />).toMatchSnapshot();
  });

  it('fails the snapshot of an element that does not render, with its problems', () => {
    expect(() => expect(<Text>{''}</Text>).toMatchSnapshot()).toThrow(
      /1 problem in <Text>\n {2}<Text> {3}test\/testing\/serializer\.test\.tsx:\d+:\d+\n {4}text: text must not be empty/,
    );
  });

  it.skipIf(!corpusAvailable)('knows every object of every corpus file', () => {
    for (const file of corpus()) {
      const lines = outline(file.json);
      expect(
        lines.filter((line) => /(^|: )object$|\bundefined\b/.test(line.trim())),
        file.name,
      ).toEqual([]);
      // One line per object: every type of valid JSON shows up in the outline.
      if (!validateCorpusFile(file).ok) continue;
      const types = new Set(
        JSON.stringify(file.json)
          .match(/"type":"[^"]+"/g)
          ?.map((t) => t.slice(8, -1)),
      );
      // (Quick reply items, gradients and mentionees are told by what they hold.)
      for (const type of types)
        if (!['action', 'linearGradient', 'user', 'all'].includes(type))
          expect(lines.join('\n'), `${file.name}: ${type}`).toMatch(new RegExp(`(^|[ :])${type}( |$)`, 'm'));
    }
  });

  it('leaves other values to vitest', () => {
    for (const value of [{ type: 'spaceship' }, [1, 2], [], 'text', { size: 1 }]) expect(lineSerializer.test(value)).toBe(false);
    expect({ type: 'postback', data: 'x' }).toMatchInlineSnapshot(`
      {
        "data": "x",
        "type": "postback",
      }
    `);
  });

  it('keeps working for plain render() output', () => {
    expect(
      render(
        <Text
          quickReply={
            <QuickReply>
              <Postback label="Again" data="again" />
            </QuickReply>
          }
        >
          Done
        </Text>,
      ),
    ).toMatchSnapshot();
  });
});
