import { Mention, render, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located, userId } from '../../support/validation.ts';

const cony = userId('c');

describe('<Mention>', () => {
  it('makes its <Text> a textV2 message with a user mention', () => {
    expect(
      render(
        <Text>
          Welcome, <Mention userId={cony} />!
        </Text>,
      ),
    ).toMatchSnapshot();
  });

  it('uses its name as the substitution key', () => {
    expect(
      render(
        <Text>
          Hi <Mention userId={cony} name="cony" />
        </Text>,
      ),
    ).toEqual({
      type: 'textV2',
      text: 'Hi {cony}',
      substitution: { cony: { type: 'mention', mentionee: { type: 'user', userId: cony } } },
    });
  });

  it('refuses a user ID that is not one, at the mention', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          Hi <Mention userId="@cony" />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([
      ['<Text> > <Mention>', 'substitution.user0.mentionee.userId', 'userId "@cony" is not a LINE user ID (U followed by 32 hex digits)'],
    ]);
  });

  it('refuses a name that can not be a substitution key', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          Hi <Mention userId={cony} name="my friend" />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Text>',
        'text',
        'text has "{my friend}", which is not a placeholder: keys use only letters, digits and "_"; write "{{" and "}}" for literal braces',
      ],
      ['<Text> > <Mention>', 'substitution.my friend', 'substitution key "my friend" may only use letters, digits and "_"'],
    ]);
  });

  it('allows at most 20 mentions', () => {
    const mentions = (n: number) =>
      Array.from({ length: n }, (_, i) => <Mention userId={userId(i.toString(16).padStart(1, '0').slice(-1))} name={`u${i}`} />);
    expect(render(<Text>{mentions(20)}</Text>).type).toBe('textV2');
    expect(located(catchValidation(() => render(<Text>{mentions(21)}</Text>)))).toEqual([
      ['<Text>', 'substitution', '21 mentions; LINE allows at most 20 mentions'],
    ]);
  });
});
