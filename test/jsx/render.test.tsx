import { Body, Box, Bubble, Button, Flex, Hero, Image, render, renderMessages, Span, Sticker, Text, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation } from '../support/validation.ts';

describe('render', () => {
  it('renders a text message', () => {
    expect(render(<Text>Hello</Text>)).toEqual({ type: 'text', text: 'Hello' });
  });

  it('renders several messages with renderMessages', () => {
    expect(
      renderMessages(
        <>
          <Text>a</Text>
          <Sticker packageId={1} stickerId="2" />
        </>,
      ),
    ).toEqual([
      { type: 'text', text: 'a' },
      { type: 'sticker', packageId: '1', stickerId: '2' },
    ]);
  });

  it('reports every problem with its component path, JSON path and source line', () => {
    const Card = () => (
      <Flex altText="hi">
        <Bubble>
          <Hero>
            <Image url="http://x.example.com/a.png" size="full" />
          </Hero>
          <Body>
            <Text>
              Total <Span weight="bold">¥1</Span>
            </Text>
            <Box layout="horizontal">
              <Sticker packageId={1} stickerId={2} />
            </Box>
            <Button action={<Uri label={'x'.repeat(41)} uri="https://a.example.com" />} />
          </Body>
        </Bubble>
      </Flex>
    );
    const error = catchValidation(() => render(<Card />));
    expect(error.subject).toBe('<Card>');
    expect(error.issues.map((i) => [i.component?.path, i.path, i.message, i.component?.source?.lineNumber])).toEqual([
      [
        '<Flex> > <Bubble> > <Body> > <Box>[1] > <Sticker>',
        'contents.body.contents[1].contents[0]',
        '<Sticker> can not go inside a box; that takes <Box>, <Button>, <Filler>, <Icon>, <Image>, <Separator> or <Text>',
        36,
      ],
      ['<Flex> > <Bubble> > <Hero> > <Image>', 'contents.hero.url', '"http://x.example.com/a.png" must be an https URL', 29],
      [
        '<Flex> > <Bubble> > <Body> > <Button>[2] > <Uri>',
        'contents.body.contents[2].action.label',
        'label is 41 characters; LINE allows at most 40',
        38,
      ],
    ]);
  });
});
