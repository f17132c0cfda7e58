import { Body, Box, Bubble, Button, Flex, LineValidationError, Raw, render, renderMessages, Sticker, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof LineValidationError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a LineValidationError');
}

describe('<Raw>', () => {
  it('writes its JSON as it is, as a message or inside one', () => {
    const sticker = { type: 'sticker', packageId: '446', stickerId: '1988' };
    expect(
      renderMessages(
        <>
          <Raw json={sticker} />
          <Text>hi</Text>
        </>,
      ),
    ).toEqual([sticker, { type: 'text', text: 'hi' }]);
    expect(
      render(
        <Flex altText="a">
          <Bubble>
            <Body>
              <Raw json={{ type: 'text', text: 'as is', contents: [] }} />
              <Button action={<Raw json={{ type: 'message', label: 'Go', text: 'go' }} />} />
            </Body>
          </Bubble>
        </Flex>,
      ),
    ).toEqual({
      type: 'flex',
      altText: 'a',
      contents: {
        type: 'bubble',
        body: {
          type: 'box',
          layout: 'vertical',
          contents: [
            { type: 'text', text: 'as is', contents: [] },
            { type: 'button', action: { type: 'message', label: 'Go', text: 'go' } },
          ],
        },
      },
    });
  });

  it('is validated like everything else, with the problem at its place', () => {
    const card = (
      <Flex altText="a">
        <Bubble>
          <Body>
            <Text>ok</Text>
            <Raw json={{ type: 'spacer', size: 'sm' }} />
          </Body>
        </Bubble>
      </Flex>
    );
    expect(problems(() => render(card))).toEqual([
      'contents.body.contents[1].type: the "spacer" component was removed from Flex Messages (it is not in LINE\'s API schema); use margin or padding instead',
    ]);
    expect(problems(() => render(<Raw json={{ type: 'sticker', packageId: 1, stickerId: '2' }} />))).toEqual([
      'packageId: packageId must be a string ("1"), not a number',
    ]);
  });

  it('has no place among the blocks of a bubble, and is not suggested where something else is wrong', () => {
    const card = (
      <Flex altText="a">
        <Bubble>
          <Raw json={{ type: 'box', layout: 'vertical', contents: [] }} />
        </Bubble>
      </Flex>
    );
    expect(problems(() => render(card))[0]).toMatch(/^contents: <Raw> can not go inside <Bubble>/);
    expect(
      problems(() =>
        render(
          <Flex altText="a">
            <Bubble>
              <Body>
                <Box>
                  <Sticker packageId="1" stickerId="2" />
                </Box>
              </Body>
            </Bubble>
          </Flex>,
        ),
      )[0],
    ).not.toContain('<Raw>');
  });
});
