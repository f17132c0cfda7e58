import { QuickReply, render, Sender, Sticker, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Sender>', () => {
  it('sets the name and icon of a message', () => {
    expect(render(<Text sender={<Sender name="Cony" iconUrl="https://cdn.example.com/cony.png" />}>Hi!</Text>)).toMatchSnapshot();
    expect(render(<Sticker packageId="446" stickerId="1988" sender={<Sender iconUrl="https://cdn.example.com/brown.png" />} />)).toEqual({
      type: 'sticker',
      packageId: '446',
      stickerId: '1988',
      sender: { iconUrl: 'https://cdn.example.com/brown.png' },
    });
  });

  it('refuses the word LINE in the name, at the sender', () => {
    expect(located(catchValidation(() => render(<Text sender={<Sender name="LINE Shop" />}>Hi</Text>)))).toEqual([
      ['<Text> > <Sender>', 'sender.name', 'sender name "LINE Shop" contains "LINE", which LINE does not allow'],
    ]);
  });

  it('goes only in a sender prop', () => {
    const error = catchValidation(() =>
      render(
        <Text
          quickReply={
            <QuickReply>
              <Sender name="Cony" />
            </QuickReply>
          }
        >
          Hi
        </Text>,
      ),
    );
    expect(error.issues[0]!.message).toMatch(/^<Sender> can not go inside <QuickReply>/);
    expect(located(catchValidation(() => render(<Sender name="Cony" />)))[0]![2]).toMatch(/^<Sender> can not go as a message/);
  });
});
