import { Body, Bubble, Flex, LineValidationError, renderMessages, renderMessagesWithOrigins, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

describe('renderMessagesWithOrigins', () => {
  const element = (
    <>
      <Text>Hello</Text>
      <Flex altText="Card">
        <Bubble>
          <Body>
            <Text>Inside</Text>
          </Body>
        </Bubble>
      </Flex>
    </>
  );

  it('renders what renderMessages renders', () => {
    expect(renderMessagesWithOrigins(element).messages).toEqual(renderMessages(element));
  });

  it('maps a JSON path, or the nearest path above it, back to the component and its source line', () => {
    const { componentAt } = renderMessagesWithOrigins(element);
    expect(componentAt('messages[1].contents.body.contents[0].text')).toMatchObject({
      path: '<Flex>[1] > <Bubble> > <Body> > <Text>',
      source: { fileName: expect.stringContaining('render-origins.test.tsx'), lineNumber: 11 },
    });
    expect(componentAt('messages[0].quickReply.items[0]')?.path).toBe('<Text>[0]');
    expect(componentAt('to')).toBeUndefined();
  });

  it('throws the same LineValidationError as renderMessages for invalid elements', () => {
    const tooLong = <Text>{'x'.repeat(5001)}</Text>;
    expect(() => renderMessagesWithOrigins(tooLong)).toThrow(LineValidationError);
    expect(() => renderMessagesWithOrigins(tooLong)).toThrow('messages[0].text: text is 5,001 characters; LINE allows at most 5,000');
  });
});
