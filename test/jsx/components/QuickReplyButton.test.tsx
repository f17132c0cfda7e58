import { MessageAction, Postback, QuickReply, QuickReplyButton, render, Sticker, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

const withButton = (button: ReturnType<typeof QuickReplyButton>) =>
  render(<Text quickReply={<QuickReply>{button}</QuickReply>}>Pick</Text>);

describe('<QuickReplyButton>', () => {
  it('puts an icon on its action', () => {
    expect(
      withButton(
        <QuickReplyButton imageUrl="https://cdn.example.com/sushi.png">
          <MessageAction label="Sushi" text="Sushi" />
        </QuickReplyButton>,
      ).quickReply,
    ).toEqual({
      items: [
        { type: 'action', imageUrl: 'https://cdn.example.com/sushi.png', action: { type: 'message', label: 'Sushi', text: 'Sushi' } },
      ],
    });
  });

  it('needs one action', () => {
    expect(located(catchValidation(() => withButton(<QuickReplyButton imageUrl="https://cdn.example.com/a.png" />)))).toEqual([
      ['<Text> > <QuickReply> > <QuickReplyButton>', 'quickReply.items[0].action', '<QuickReplyButton> needs one action as its child'],
    ]);
    const two = (
      <QuickReplyButton>
        <MessageAction label="a" text="a" />
        <Postback label="b" data="b" />
      </QuickReplyButton>
    );
    expect(located(catchValidation(() => withButton(two)))).toEqual([
      [
        '<Text> > <QuickReply> > <QuickReplyButton>',
        'quickReply.items[0].action',
        '<QuickReplyButton> takes one element as its action; it got 2',
      ],
    ]);
  });

  it('reports a child that is not an action once, not also as a missing one', () => {
    const error = catchValidation(() =>
      withButton(
        <QuickReplyButton>
          <Sticker packageId="446" stickerId="1988" />
        </QuickReplyButton>,
      ),
    );
    expect(error.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^<Sticker> can not go as an action/)]);
  });

  it('refuses an icon that is not an https URL', () => {
    const error = catchValidation(() =>
      withButton(
        <QuickReplyButton imageUrl="http://cdn.example.com/a.png">
          <MessageAction label="a" text="a" />
        </QuickReplyButton>,
      ),
    );
    expect(located(error)).toEqual([
      ['<Text> > <QuickReply> > <QuickReplyButton>', 'quickReply.items[0].imageUrl', '"http://cdn.example.com/a.png" must be an https URL'],
    ]);
  });
});
