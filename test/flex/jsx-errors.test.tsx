/**
 * Flex components in the wrong place: each error names the component (its path from the root), the
 * JSON path it would have rendered to, what is wrong and how to fix it, once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  Filler,
  Flex,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  MessageAction,
  QuickReply,
  render,
  Separator,
  Span,
  Text,
  Uri,
  Video,
} from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { IMAGE, renderError, renderProblems, VIDEO } from '../support/flex.ts';

const video = <Video url={VIDEO} previewUrl={IMAGE} altContent={<Image url={IMAGE} />} />;
const flex = (children: unknown) => <Flex altText="test">{children as never}</Flex>;
const inBody = (children: unknown) =>
  flex(
    <Bubble>
      <Body>{children as never}</Body>
    </Bubble>,
  );

describe('components out of place', () => {
  it('<Text> directly inside <Flex>', () => {
    expect(renderProblems(() => render(flex(<Text>Hello</Text>)))).toEqual([
      ['<Flex> > <Text>', 'contents', '<Text> can not go inside <Flex>; put it in a bubble: <Bubble><Body><Text>…</Text></Body></Bubble>'],
    ]);
  });

  it('<Bubble> outside <Flex>', () => {
    expect(
      renderProblems(() =>
        render(
          <Bubble>
            <Body>
              <Text>Hello</Text>
            </Body>
          </Bubble>,
        ),
      ),
    ).toEqual([['<Bubble>', '', '<Bubble> can not go as a message; wrap it in <Flex altText="…">…</Flex>']]);
  });

  it('<Span> outside <Text>', () => {
    expect(renderProblems(() => render(inBody(<Span weight="bold">¥1,200</Span>)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Span>',
        'contents.body.contents[0]',
        '<Span> can not go inside a box; put it inside a <Text>: <Text>Total <Span weight="bold">…</Span></Text>',
      ],
    ]);
  });

  it('<Span> inside a text message', () => {
    expect(
      renderProblems(() =>
        render(
          <Text>
            Total <Span weight="bold">¥1,200</Span>
          </Text>,
        ),
      ),
    ).toEqual([
      [
        '<Text> > <Span>',
        '',
        '<Span> can not go inside a message <Text>; spans style a flex <Text> (in a box of a <Flex> bubble); a text message is plain',
      ],
    ]);
  });

  it('<Icon> in a vertical box', () => {
    expect(renderProblems(() => render(inBody(<Icon url={IMAGE} />)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Icon>',
        'contents.body.contents[0].type',
        'an icon can not go in a vertical box; icons go only in baseline boxes (layout "baseline")',
      ],
    ]);
  });

  it('<Image> in a baseline box', () => {
    expect(
      renderProblems(() =>
        render(
          inBody(
            <Box layout="baseline">
              <Image url={IMAGE} />
            </Box>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Box> > <Image>',
        'contents.body.contents[0].contents[0].type',
        'an image can not go in a baseline box; a baseline box holds only icons, texts and fillers',
      ],
    ]);
  });

  it('<Text> directly inside <Bubble>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Text>Hello</Text>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([
      ['<Flex> > <Bubble> > <Text>', 'contents', '<Text> can not go inside <Bubble>; put it in a block: <Body>, <Header> or <Footer>'],
    ]);
  });

  it('<Image> directly inside <Bubble>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Image url={IMAGE} />
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Bubble> > <Image>',
        'contents',
        '<Image> can not go inside <Bubble>; put it in the <Hero> (the main image) or in a <Body>',
      ],
    ]);
  });

  it('<Body> outside <Bubble>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Body>
              <Text>Hello</Text>
            </Body>,
          ),
        ),
      ),
    ).toEqual([['<Flex> > <Body>', 'contents', '<Body> can not go inside <Flex>; put it in a <Bubble>: <Bubble><Body>…</Body></Bubble>']]);
    expect(
      renderProblems(() =>
        render(
          inBody(
            <Footer>
              <Text>x</Text>
            </Footer>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Footer>',
        'contents.body.contents[0]',
        '<Footer> can not go inside a box; it is a block of a <Bubble>; inside a box use a <Box>',
      ],
    ]);
  });

  it('flex components as a message', () => {
    expect(
      renderProblems(() =>
        render(
          <Box>
            <Text>Hello</Text>
          </Box>,
        ),
      ),
    ).toEqual([
      [
        '<Box>',
        '',
        '<Box> can not go as a message; flex components go in a <Flex> message: <Flex altText="…"><Bubble><Body><Box …/></Body></Bubble></Flex>',
      ],
    ]);
    expect(
      renderProblems(() =>
        render(
          <Header>
            <Text>Hello</Text>
          </Header>,
        ),
      ),
    ).toEqual([
      [
        '<Header>',
        '',
        '<Header> can not go as a message; put it in a <Bubble> of a <Flex> message: <Flex altText="…"><Bubble><Header>…</Header></Bubble></Flex>',
      ],
    ]);
  });

  it('two bubbles directly inside <Flex>', () => {
    expect(renderProblems(() => render(flex([<Bubble />, <Bubble />])))).toEqual([
      ['<Flex>', 'contents', '<Flex> takes one element as its contents: one <Bubble>, or a <Carousel> of several; it got 2'],
    ]);
  });

  it('<Video> in a box', () => {
    expect(renderProblems(() => render(inBody(video)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Video>',
        'contents.body.contents[0]',
        '<Video> can not go inside a box; a video can only be the hero of a kilo, mega or giga bubble: <Hero><Video …/></Hero>',
      ],
    ]);
  });

  it('<Text> directly inside <Hero>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Hero>
                <Text>Hello</Text>
              </Hero>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([['<Flex> > <Bubble> > <Hero> > <Text>', 'contents.hero', '<Text> can not go inside <Hero>; wrap it in a <Box>']]);
  });

  it('a <Carousel> inside a <Carousel>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Carousel>
              <Carousel>
                <Bubble />
              </Carousel>
            </Carousel>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Carousel> > <Carousel>',
        'contents.contents[0]',
        '<Carousel> can not go inside a flex <Carousel>; a carousel holds <Bubble>s, not another carousel',
      ],
    ]);
  });

  it('a <Bubble> inside a box', () => {
    expect(renderProblems(() => render(inBody(<Bubble />)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Bubble>',
        'contents.body.contents[0]',
        '<Bubble> can not go inside a box; a bubble goes only in <Flex> or a <Carousel>; inside a box use a <Box>',
      ],
    ]);
  });

  it('a text string directly in a box', () => {
    expect(renderProblems(() => render(inBody('Hello')))).toEqual([
      ['<Flex> > <Bubble> > <Body>', 'contents.body.contents[0]', 'the text "Hello" can not go inside a box; put it in a <Text>'],
    ]);
  });
});

describe('missing and doubled parts', () => {
  it('an empty <Hero>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Hero />
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([['<Flex> > <Bubble> > <Hero>', 'contents.hero', '<Hero> needs one <Image>, <Box> or <Video>']]);
  });

  it('a <Hero> with several children', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Hero>
                <Image url={IMAGE} />
                <Image url={IMAGE} />
              </Hero>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([
      ['<Flex> > <Bubble> > <Hero>', 'contents.hero', '<Hero> holds one <Image>, <Box> or <Video>; it got 2: wrap them in a <Box>'],
    ]);
  });

  it('an empty <Flex>', () => {
    expect(renderProblems(() => render(flex(null)))).toEqual([['<Flex>', 'contents', 'contents is required']]);
  });

  it('a <Button> without an action', () => {
    expect(renderProblems(() => render(inBody(<Button action={undefined as never} />)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Button>',
        'contents.body.contents[0].action',
        '<Button> needs an action={…} whose label is the button text',
      ],
    ]);
  });

  it('a bubble with two bodies', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Body>
                <Text>a</Text>
              </Body>
              <Body>
                <Text>b</Text>
              </Body>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([['<Flex> > <Bubble>', 'contents.body', 'a bubble has one body; this one has two']]);
  });

  it('a <Text> with both a text prop and children', () => {
    expect(renderProblems(() => render(inBody(<Text text="a">b</Text>)))).toEqual([
      ['<Flex> > <Bubble> > <Body> > <Text>', 'contents.body.contents[0].text', '<Text> has both a text prop and children; use one'],
    ]);
  });
});

describe('props in the wrong place', () => {
  it('altText on a flex <Carousel>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Carousel altText="x">
              <Bubble />
            </Carousel>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Carousel>',
        'contents.altText',
        'altText belongs to a template carousel; a flex <Carousel> takes only bubbles (put altText on <Flex>)',
      ],
    ]);
  });

  it('quickReply on a <Text> inside a box', () => {
    const quickReply = (
      <QuickReply>
        <MessageAction label="Yes" text="yes" />
      </QuickReply>
    );
    expect(renderProblems(() => render(inBody(<Text quickReply={quickReply}>Ready?</Text>)))).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Text>',
        'contents.body.contents[0].quickReply',
        'quickReply belongs to the message: put it on <Flex>, not on a <Text> inside a box',
      ],
    ]);
  });

  it('an absolute <Header>', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble>
              <Header position="absolute">
                <Text>x</Text>
              </Header>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([
      [
        '<Flex> > <Bubble> > <Header>',
        'contents.header.position',
        'the header box can not be position "absolute": LINE does not allow it on the first component of a block; put absolute components inside it',
      ],
    ]);
  });
});

describe('every flex rule points at the component that broke it', () => {
  const bubbles = (n: number, body: (i: number) => unknown = () => <Text>x</Text>) => (
    <Carousel>
      {Array.from({ length: n }, (_, i) => (
        <Bubble>
          <Body>{body(i) as never}</Body>
        </Bubble>
      ))}
    </Carousel>
  );
  const animated = <Image url={IMAGE} animated />;

  it.each([
    [
      'a keyword',
      inBody(<Text weight={'heavy' as never}>x</Text>),
      '<Flex> > <Bubble> > <Body> > <Text>',
      'contents.body.contents[0].weight',
      'weight is "heavy"; LINE accepts "regular" or "bold"',
    ],
    [
      'a colour',
      inBody(<Text color="red">x</Text>),
      '<Flex> > <Bubble> > <Body> > <Text>',
      'contents.body.contents[0].color',
      '"red" is not a colour LINE accepts; use #RRGGBB or #RRGGBBAA',
    ],
    [
      'a length',
      inBody(<Box margin={'10%' as never} />),
      '<Flex> > <Bubble> > <Body> > <Box>',
      'contents.body.contents[0].margin',
      '"10%" is not accepted here; use a keyword (none, xs, sm, md, lg, xl, xxl) or pixels such as "12px"',
    ],
    [
      'an aspect ratio',
      inBody(<Image url={IMAGE} aspectRatio="1:4" />),
      '<Flex> > <Bubble> > <Body> > <Image>',
      'contents.body.contents[0].aspectRatio',
      'aspectRatio "1:4" is taller than LINE allows; the height may be at most 3 times the width',
    ],
    [
      'an image URL',
      flex(
        <Bubble>
          <Hero>
            <Image url="http://images.example.com/a.png" />
          </Hero>
        </Bubble>,
      ),
      '<Flex> > <Bubble> > <Hero> > <Image>',
      'contents.hero.url',
      '"http://images.example.com/a.png" must be an https URL',
    ],
    [
      'a button label',
      inBody(<Button action={<Uri label={'x'.repeat(41)} uri="https://example.com" />} />),
      '<Flex> > <Bubble> > <Body> > <Button> > <Uri>',
      'contents.body.contents[0].action.label',
      'label is 41 characters; LINE allows at most 40',
    ],
    [
      'a gradient',
      inBody(
        <Box background={{ type: 'linearGradient', angle: '90deg', startColor: '#000000', endColor: '#ffffff', centerPosition: '120%' }} />,
      ),
      '<Flex> > <Bubble> > <Body> > <Box>',
      'contents.body.contents[0].background.centerPosition',
      'centerPosition "120%" must be a percentage from 0% to 100%, such as "50%"',
    ],
    ['13 bubbles', flex(bubbles(13)), '<Flex> > <Carousel>', 'contents.contents', '13 bubbles; LINE allows at most 12 bubbles'],
    [
      'the bubble size in bytes',
      inBody(<Text>{'x'.repeat(30_000)}</Text>),
      '<Flex> > <Bubble>',
      'contents',
      'this bubble is 30,098 bytes (30.1 KB) of JSON; LINE allows at most 30,000 bytes (30 KB)',
    ],
    [
      'the carousel size in bytes',
      flex(bubbles(2, () => <Text>{'x'.repeat(25_000)}</Text>)),
      '<Flex> > <Carousel>',
      'contents',
      'this carousel is 50,230 bytes (50.2 KB) of JSON; LINE allows at most 50,000 bytes (50 KB)',
    ],
    [
      '11 animated images',
      flex(bubbles(1, () => Array.from({ length: 11 }, () => animated))),
      '<Flex> > <Carousel>',
      'contents',
      '11 animated images; LINE allows at most 10 per message',
    ],
  ])('%s', (_, element, component, path, message) => {
    expect(renderProblems(() => render(element))).toEqual([[component, path, message]]);
  });
});

describe('flex rules point at the component that broke them', () => {
  it('a video hero in a nano bubble', () => {
    expect(
      renderProblems(() =>
        render(
          flex(
            <Bubble size="nano">
              <Hero>{video}</Hero>
            </Bubble>,
          ),
        ),
      ),
    ).toEqual([
      ['<Flex> > <Bubble> > <Hero> > <Video>', 'contents.hero', 'a video hero needs a kilo, mega or giga bubble; this bubble is nano'],
    ]);
  });

  it('a video hero in a carousel', () => {
    const carousel = (
      <Carousel>
        <Bubble>
          <Body>
            <Text>a</Text>
          </Body>
        </Bubble>
        <Bubble>
          <Hero>{video}</Hero>
        </Bubble>
      </Carousel>
    );
    expect(renderProblems(() => render(flex(carousel)))).toEqual([
      [
        '<Flex> > <Carousel> > <Bubble>[1] > <Hero> > <Video>',
        'contents.contents[1].hero',
        'a bubble with a video hero can not go in a carousel',
      ],
    ]);
  });

  it('bubbles of two sizes in a carousel', () => {
    const carousel = (
      <Carousel>
        <Bubble size="kilo">
          <Body>
            <Text>a</Text>
          </Body>
        </Bubble>
        <Bubble>
          <Body>
            <Text>b</Text>
          </Body>
        </Bubble>
      </Carousel>
    );
    expect(renderProblems(() => render(flex(carousel)))).toEqual([
      [
        '<Flex> > <Carousel> > <Bubble>[1]',
        'contents.contents[1].size',
        'bubble 1 is mega (the default) but bubble 0 is kilo; every bubble in a carousel must be the same size',
      ],
    ]);
  });

  it('points at the source line of the component', () => {
    const error = renderError(() =>
      render(
        flex(
          <Bubble>
            <Body>
              <Separator color="grey" />
            </Body>
          </Bubble>,
        ),
      ),
    );
    const line =
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('<Separator color="grey" />')) + 1;
    expect(error.issues[0]!.component?.source?.lineNumber).toBe(line);
    expect(error.message).toContain(`test/flex/jsx-errors.test.tsx:${line}`);
  });

  it('accepts what LINE accepts: fillers and spans in baseline boxes', () => {
    expect(() =>
      render(
        inBody(
          <Box layout="baseline">
            <Icon url={IMAGE} />
            <Text>
              Rated <Span weight="bold">4.5</Span>
            </Text>
            <Filler />
          </Box>,
        ),
      ),
    ).not.toThrow();
  });
});
