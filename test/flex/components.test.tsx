/**
 * What each flex component renders to, in its main variants, next to the TSX that produced it.
 */

import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  Clipboard,
  Filler,
  Flex,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  type LineNode,
  MessageAction,
  Postback,
  QuickReply,
  render,
  Sender,
  Separator,
  Span,
  Text,
  Uri,
  Video,
} from '@linejsx/jsx';
import type { FlexBubble, FlexComponent } from '@linejsx/schema';
import { BUBBLE_SIZES } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { IMAGE, VIDEO } from '../support/flex.ts';

/** Renders a bubble in a flex message and returns the bubble. */
function bubbleOf(bubble: LineNode): FlexBubble {
  const message = render(<Flex altText="test">{bubble}</Flex>);
  if (message.type !== 'flex' || message.contents.type !== 'bubble') throw new Error('expected a bubble');
  return message.contents;
}

/** Renders one component in a bubble's body and returns its JSON. */
function inBox(component: LineNode): FlexComponent {
  return bubbleOf(
    <Bubble>
      <Body>{component}</Body>
    </Bubble>,
  ).body!.contents[0]!;
}

const go = <MessageAction label="Go" text="go" />;

describe('<Flex>', () => {
  it('holds one bubble', () => {
    expect(
      render(
        <Flex altText="Hello">
          <Bubble>
            <Body>
              <Text>Hi</Text>
            </Body>
          </Bubble>
        </Flex>,
      ),
    ).toMatchInlineSnapshot(`
      {
        "altText": "Hello",
        "contents": {
          "body": {
            "contents": [
              {
                "text": "Hi",
                "type": "text",
              },
            ],
            "layout": "vertical",
            "type": "box",
          },
          "type": "bubble",
        },
        "type": "flex",
      }
    `);
  });

  it('holds a carousel of bubbles', () => {
    expect(
      render(
        <Flex altText="Two">
          <Carousel>
            <Bubble size="kilo">
              <Body>
                <Text>1</Text>
              </Body>
            </Bubble>
            <Bubble size="kilo">
              <Body>
                <Text>2</Text>
              </Body>
            </Bubble>
          </Carousel>
        </Flex>,
      ),
    ).toMatchInlineSnapshot(`
      {
        "altText": "Two",
        "contents": {
          "contents": [
            {
              "body": {
                "contents": [
                  {
                    "text": "1",
                    "type": "text",
                  },
                ],
                "layout": "vertical",
                "type": "box",
              },
              "size": "kilo",
              "type": "bubble",
            },
            {
              "body": {
                "contents": [
                  {
                    "text": "2",
                    "type": "text",
                  },
                ],
                "layout": "vertical",
                "type": "box",
              },
              "size": "kilo",
              "type": "bubble",
            },
          ],
          "type": "carousel",
        },
        "type": "flex",
      }
    `);
  });

  it('takes quickReply and sender like every message', () => {
    const message = render(
      <Flex altText="Menu" quickReply={<QuickReply>{go}</QuickReply>} sender={<Sender name="Brown" iconUrl={IMAGE} />}>
        <Bubble>
          <Body>
            <Text>Menu</Text>
          </Body>
        </Bubble>
      </Flex>,
    );
    expect(message).toMatchInlineSnapshot(`
      {
        "altText": "Menu",
        "contents": {
          "body": {
            "contents": [
              {
                "text": "Menu",
                "type": "text",
              },
            ],
            "layout": "vertical",
            "type": "box",
          },
          "type": "bubble",
        },
        "quickReply": {
          "items": [
            {
              "action": {
                "label": "Go",
                "text": "go",
                "type": "message",
              },
              "type": "action",
            },
          ],
        },
        "sender": {
          "iconUrl": "https://images.example.com/photo.jpg",
          "name": "Brown",
        },
        "type": "flex",
      }
    `);
  });
});

describe('<Bubble>', () => {
  it.each(BUBBLE_SIZES)('size %s', (size) => {
    expect(
      bubbleOf(
        <Bubble size={size}>
          <Body>
            <Text>x</Text>
          </Body>
        </Bubble>,
      ).size,
    ).toBe(size);
  });

  it('puts its blocks in LINE order whatever the TSX order, with styles, direction and action', () => {
    const bubble = bubbleOf(
      <Bubble
        direction="rtl"
        styles={{ header: { backgroundColor: '#f0f0f0' }, footer: { separator: true, separatorColor: '#dddddd' } }}
        action={<Uri uri="https://example.com" />}
      >
        <Footer>
          <Button action={go} />
        </Footer>
        <Body>
          <Text>Body</Text>
        </Body>
        <Hero>
          <Image url={IMAGE} size="full" />
        </Hero>
        <Header>
          <Text>Title</Text>
        </Header>
      </Bubble>,
    );
    // Snapshots sort keys; the order a person reads in the JSON is checked here.
    expect(Object.keys(bubble)).toEqual(['type', 'direction', 'header', 'hero', 'body', 'footer', 'styles', 'action']);
    expect(bubble).toMatchInlineSnapshot(`
      {
        "action": {
          "type": "uri",
          "uri": "https://example.com",
        },
        "body": {
          "contents": [
            {
              "text": "Body",
              "type": "text",
            },
          ],
          "layout": "vertical",
          "type": "box",
        },
        "direction": "rtl",
        "footer": {
          "contents": [
            {
              "action": {
                "label": "Go",
                "text": "go",
                "type": "message",
              },
              "type": "button",
            },
          ],
          "layout": "vertical",
          "type": "box",
        },
        "header": {
          "contents": [
            {
              "text": "Title",
              "type": "text",
            },
          ],
          "layout": "vertical",
          "type": "box",
        },
        "hero": {
          "size": "full",
          "type": "image",
          "url": "https://images.example.com/photo.jpg",
        },
        "styles": {
          "footer": {
            "separator": true,
            "separatorColor": "#dddddd",
          },
          "header": {
            "backgroundColor": "#f0f0f0",
          },
        },
        "type": "bubble",
      }
    `);
  });

  it('may be empty', () => {
    expect(bubbleOf(<Bubble />)).toEqual({ type: 'bubble' });
  });
});

describe('blocks', () => {
  it('<Header>, <Body> and <Footer> are vertical boxes unless told otherwise', () => {
    const bubble = bubbleOf(
      <Bubble>
        <Header paddingAll="lg" backgroundColor="#ffffff">
          <Text>Title</Text>
        </Header>
        <Body layout="horizontal" spacing="md">
          <Text>a</Text>
          <Text>b</Text>
        </Body>
        <Footer layout="baseline">
          <Text>c</Text>
        </Footer>
      </Bubble>,
    );
    expect(bubble).toMatchInlineSnapshot(`
      {
        "body": {
          "contents": [
            {
              "text": "a",
              "type": "text",
            },
            {
              "text": "b",
              "type": "text",
            },
          ],
          "layout": "horizontal",
          "spacing": "md",
          "type": "box",
        },
        "footer": {
          "contents": [
            {
              "text": "c",
              "type": "text",
            },
          ],
          "layout": "baseline",
          "type": "box",
        },
        "header": {
          "backgroundColor": "#ffffff",
          "contents": [
            {
              "text": "Title",
              "type": "text",
            },
          ],
          "layout": "vertical",
          "paddingAll": "lg",
          "type": "box",
        },
        "type": "bubble",
      }
    `);
  });

  it('<Hero> holds an image, a box or a video', () => {
    expect(
      bubbleOf(
        <Bubble>
          <Hero>
            <Image url={IMAGE} size="full" aspectRatio="20:13" aspectMode="cover" />
          </Hero>
        </Bubble>,
      ).hero,
    ).toMatchInlineSnapshot(`
      {
        "aspectMode": "cover",
        "aspectRatio": "20:13",
        "size": "full",
        "type": "image",
        "url": "https://images.example.com/photo.jpg",
      }
    `);
    expect(
      bubbleOf(
        <Bubble>
          <Hero>
            <Box paddingAll="0px">
              <Image url={IMAGE} />
            </Box>
          </Hero>
        </Bubble>,
      ).hero,
    ).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "type": "image",
            "url": "https://images.example.com/photo.jpg",
          },
        ],
        "layout": "vertical",
        "paddingAll": "0px",
        "type": "box",
      }
    `);
    const video = (
      <Video
        url={VIDEO}
        previewUrl={IMAGE}
        aspectRatio="16:9"
        altContent={
          <Box>
            <Text>Watch on the web</Text>
          </Box>
        }
        action={<Uri label="More" uri="https://example.com" />}
      />
    );
    expect(
      bubbleOf(
        <Bubble>
          <Hero>{video}</Hero>
        </Bubble>,
      ).hero,
    ).toMatchInlineSnapshot(`
      {
        "action": {
          "label": "More",
          "type": "uri",
          "uri": "https://example.com",
        },
        "altContent": {
          "contents": [
            {
              "text": "Watch on the web",
              "type": "text",
            },
          ],
          "layout": "vertical",
          "type": "box",
        },
        "aspectRatio": "16:9",
        "previewUrl": "https://images.example.com/photo.jpg",
        "type": "video",
        "url": "https://images.example.com/clip.mp4",
      }
    `);
  });
});

describe('<Box>', () => {
  it('defaults to a vertical layout and may be empty', () => {
    expect(inBox(<Box />)).toEqual({ type: 'box', layout: 'vertical', contents: [] });
  });

  it.each(['horizontal', 'vertical', 'baseline'] as const)('layout %s', (layout) => {
    expect(
      inBox(
        <Box layout={layout}>
          <Text>x</Text>
        </Box>,
      ),
    ).toMatchObject({ type: 'box', layout });
  });

  it('takes every box property of LINE', () => {
    const box = (
      <Box
        layout="horizontal"
        flex={2}
        spacing="sm"
        margin="md"
        paddingAll="8px"
        paddingTop="4px"
        paddingBottom="4px"
        paddingStart="5%"
        paddingEnd="xl"
        position="relative"
        offsetTop="2px"
        offsetBottom="-2px"
        offsetStart="md"
        offsetEnd="10%"
        backgroundColor="#ffffff80"
        borderColor="#cccccc"
        borderWidth="semi-bold"
        cornerRadius="12px"
        width="80%"
        maxWidth="240px"
        height="64px"
        maxHeight="50%"
        justifyContent="space-between"
        alignItems="center"
        background={{
          type: 'linearGradient',
          angle: '45deg',
          startColor: '#ff0000',
          centerColor: '#00ff00',
          centerPosition: '30%',
          endColor: '#0000ff',
        }}
        action={<Postback data="tap=box" />}
      >
        <Text flex={0}>a</Text>
        <Filler />
      </Box>
    );
    expect(inBox(box)).toMatchInlineSnapshot(`
      {
        "action": {
          "data": "tap=box",
          "type": "postback",
        },
        "alignItems": "center",
        "background": {
          "angle": "45deg",
          "centerColor": "#00ff00",
          "centerPosition": "30%",
          "endColor": "#0000ff",
          "startColor": "#ff0000",
          "type": "linearGradient",
        },
        "backgroundColor": "#ffffff80",
        "borderColor": "#cccccc",
        "borderWidth": "semi-bold",
        "contents": [
          {
            "flex": 0,
            "text": "a",
            "type": "text",
          },
          {
            "type": "filler",
          },
        ],
        "cornerRadius": "12px",
        "flex": 2,
        "height": "64px",
        "justifyContent": "space-between",
        "layout": "horizontal",
        "margin": "md",
        "maxHeight": "50%",
        "maxWidth": "240px",
        "offsetBottom": "-2px",
        "offsetEnd": "10%",
        "offsetStart": "md",
        "offsetTop": "2px",
        "paddingAll": "8px",
        "paddingBottom": "4px",
        "paddingEnd": "xl",
        "paddingStart": "5%",
        "paddingTop": "4px",
        "position": "relative",
        "spacing": "sm",
        "type": "box",
        "width": "80%",
      }
    `);
  });

  it('may be absolute inside another box', () => {
    expect(
      inBox(
        <Box>
          <Image url={IMAGE} />
          <Box position="absolute" offsetTop="0px" offsetEnd="0px">
            <Text>NEW</Text>
          </Box>
        </Box>,
      ),
    ).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "type": "image",
            "url": "https://images.example.com/photo.jpg",
          },
          {
            "contents": [
              {
                "text": "NEW",
                "type": "text",
              },
            ],
            "layout": "vertical",
            "offsetEnd": "0px",
            "offsetTop": "0px",
            "position": "absolute",
            "type": "box",
          },
        ],
        "layout": "vertical",
        "type": "box",
      }
    `);
  });
});

describe('<Text>', () => {
  it('joins string and number children', () => {
    expect(inBox(<Text>Total: {3} items</Text>)).toEqual({ type: 'text', text: 'Total: 3 items' });
  });

  it('takes its text as a prop too', () => {
    expect(inBox(<Text text="Hello" />)).toEqual({ type: 'text', text: 'Hello' });
  });

  it('turns <Span> children into contents, plain strings into plain spans', () => {
    expect(
      inBox(
        <Text size="sm">
          Total{' '}
          <Span weight="bold" color="#06c755">
            ¥1,200
          </Span>{' '}
          incl. tax
        </Text>,
      ),
    ).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "text": "Total ",
            "type": "span",
          },
          {
            "color": "#06c755",
            "text": "¥1,200",
            "type": "span",
            "weight": "bold",
          },
          {
            "text": " incl. tax",
            "type": "span",
          },
        ],
        "size": "sm",
        "type": "text",
      }
    `);
  });

  it('takes every text property of LINE', () => {
    const text = (
      <Text
        flex={3}
        margin="sm"
        position="relative"
        offsetStart="4px"
        size="22px"
        align="end"
        gravity="center"
        wrap
        lineSpacing="6px"
        maxLines={2}
        weight="bold"
        color="#111111"
        style="italic"
        decoration="underline"
        adjustMode="shrink-to-fit"
        scaling
        action={<Uri label="Open" uri="https://example.com" />}
      >
        Fits the width, or shrinks
      </Text>
    );
    expect(inBox(text)).toMatchInlineSnapshot(`
      {
        "action": {
          "label": "Open",
          "type": "uri",
          "uri": "https://example.com",
        },
        "adjustMode": "shrink-to-fit",
        "align": "end",
        "color": "#111111",
        "decoration": "underline",
        "flex": 3,
        "gravity": "center",
        "lineSpacing": "6px",
        "margin": "sm",
        "maxLines": 2,
        "offsetStart": "4px",
        "position": "relative",
        "scaling": true,
        "size": "22px",
        "style": "italic",
        "text": "Fits the width, or shrinks",
        "type": "text",
        "weight": "bold",
        "wrap": true,
      }
    `);
  });
});

describe('<Span>', () => {
  it('takes size, color, weight, style and decoration', () => {
    const text = inBox(
      <Text>
        <Span size="xl" color="#ff0000" weight="bold" style="italic" decoration="line-through">
          ¥3,000
        </Span>
      </Text>,
    );
    expect(text).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "color": "#ff0000",
            "decoration": "line-through",
            "size": "xl",
            "style": "italic",
            "text": "¥3,000",
            "type": "span",
            "weight": "bold",
          },
        ],
        "type": "text",
      }
    `);
  });
});

describe('<Image>', () => {
  it('takes every flex image property of LINE', () => {
    const image = (
      <Image
        url={IMAGE}
        flex={1}
        margin="md"
        position="relative"
        offsetTop="4px"
        align="start"
        gravity="bottom"
        size="xl"
        aspectRatio="1.91:1"
        aspectMode="cover"
        backgroundColor="#eeeeee"
        animated
        action={<Uri uri="https://example.com/photo" />}
      />
    );
    expect(inBox(image)).toMatchInlineSnapshot(`
      {
        "action": {
          "type": "uri",
          "uri": "https://example.com/photo",
        },
        "align": "start",
        "animated": true,
        "aspectMode": "cover",
        "aspectRatio": "1.91:1",
        "backgroundColor": "#eeeeee",
        "flex": 1,
        "gravity": "bottom",
        "margin": "md",
        "offsetTop": "4px",
        "position": "relative",
        "size": "xl",
        "type": "image",
        "url": "https://images.example.com/photo.jpg",
      }
    `);
  });

  it.each(['full', 'xxs', '5xl', '120px', '50%'] as const)('size %s', (size) => {
    expect(inBox(<Image url={IMAGE} size={size} />)).toEqual({ type: 'image', url: IMAGE, size });
  });
});

describe('<Icon>', () => {
  it('sits in a baseline box with a size, an aspect ratio and scaling', () => {
    const box = inBox(
      <Box layout="baseline">
        <Icon url={IMAGE} size="sm" aspectRatio="2:1" margin="xs" scaling offsetTop="1px" position="relative" />
        <Text>4.5</Text>
      </Box>,
    );
    expect(box).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "aspectRatio": "2:1",
            "margin": "xs",
            "offsetTop": "1px",
            "position": "relative",
            "scaling": true,
            "size": "sm",
            "type": "icon",
            "url": "https://images.example.com/photo.jpg",
          },
          {
            "text": "4.5",
            "type": "text",
          },
        ],
        "layout": "baseline",
        "type": "box",
      }
    `);
  });
});

describe('<Button>', () => {
  it.each(['primary', 'secondary', 'link'] as const)('style %s', (style) => {
    expect(inBox(<Button style={style} action={go} />)).toEqual({
      type: 'button',
      action: { type: 'message', label: 'Go', text: 'go' },
      style,
    });
  });

  it.each(['sm', 'md'] as const)('height %s', (height) => {
    expect(inBox(<Button height={height} action={go} />)).toMatchObject({ type: 'button', height });
  });

  it('takes every button property of LINE', () => {
    const button = (
      <Button
        action={<Clipboard label="Copy code" clipboardText="WINTER20" />}
        flex={1}
        margin="sm"
        position="relative"
        offsetBottom="2px"
        height="sm"
        style="primary"
        color="#06c755"
        gravity="center"
        adjustMode="shrink-to-fit"
        scaling
      />
    );
    expect(inBox(button)).toMatchInlineSnapshot(`
      {
        "action": {
          "clipboardText": "WINTER20",
          "label": "Copy code",
          "type": "clipboard",
        },
        "adjustMode": "shrink-to-fit",
        "color": "#06c755",
        "flex": 1,
        "gravity": "center",
        "height": "sm",
        "margin": "sm",
        "offsetBottom": "2px",
        "position": "relative",
        "scaling": true,
        "style": "primary",
        "type": "button",
      }
    `);
  });
});

describe('<Separator> and <Filler>', () => {
  it('a separator takes margin and color', () => {
    expect(inBox(<Separator margin="lg" color="#dddddd" />)).toEqual({ type: 'separator', margin: 'lg', color: '#dddddd' });
    expect(inBox(<Separator />)).toEqual({ type: 'separator' });
  });

  it('a filler takes flex', () => {
    expect(inBox(<Filler flex={2} />)).toEqual({ type: 'filler', flex: 2 });
    expect(inBox(<Filler />)).toEqual({ type: 'filler' });
  });
});
