import { Body, Bubble, Button, Flex, Sticker, Text, tryRenderMessages, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

describe('tryRenderMessages', () => {
  it('returns valid messages with no problems', () => {
    expect(
      tryRenderMessages(
        <>
          <Text>a</Text>
          <Sticker packageId={1} stickerId={2} />
        </>,
      ),
    ).toEqual({
      messages: [
        { type: 'text', text: 'a' },
        { type: 'sticker', packageId: '1', stickerId: '2' },
      ],
      issues: [],
    });
  });

  it('returns the JSON of an invalid design with every problem located, instead of throwing', () => {
    const { messages, issues } = tryRenderMessages(
      <Flex altText="x">
        <Bubble>
          <Body>
            <Button action={<Uri label={'x'.repeat(41)} uri="https://a.example.com" />} />
            <Sticker packageId={1} stickerId={2} />
          </Body>
        </Bubble>
      </Flex>,
    );
    expect(messages).toHaveLength(1);
    expect(issues.map((i) => [i.path, i.component?.path])).toEqual([
      ['messages[0].contents.body.contents[1]', '<Flex> > <Bubble> > <Body> > <Sticker>'],
      ['messages[0].contents.body.contents[0].action.label', '<Flex> > <Bubble> > <Body> > <Button> > <Uri>'],
    ]);
  });
});
