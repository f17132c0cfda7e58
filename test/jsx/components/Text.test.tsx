import { Emoji, Mention, MentionAll, MessageAction, QuickReply, render, Sender, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located, userId } from '../../support/validation.ts';

const BROWN = '5ac1bfd5040ab15980c9b435';
const cony = userId('a');
const sally = userId('b');

describe('<Text> as a text message', () => {
  it('renders its string children as the text', () => {
    expect(render(<Text>Hello, LINE!</Text>)).toEqual({ type: 'text', text: 'Hello, LINE!' });
  });

  it('joins strings, numbers, arrays and fragments and skips null, false and undefined', () => {
    const items = ['tea', 'cake'];
    const message = render(
      <Text>
        {2} items: {items.map((item, i) => (i ? `, ${item}` : item))}
        {null}
        {false}
        {undefined}
        <> (paid)</>
      </Text>,
    );
    expect(message).toEqual({ type: 'text', text: '2 items: tea, cake (paid)' });
  });

  it('takes the text prop when it has no children, as LINE names the property', () => {
    expect(render(<Text text="Hello" />)).toEqual({ type: 'text', text: 'Hello' });
  });

  it('refuses a text prop together with children instead of dropping one of them', () => {
    const error = catchValidation(() => render(<Text text="Hello">Bye</Text>));
    expect(located(error)).toEqual([['<Text>', 'text', '<Text> has both a text prop and children; use one']]);
  });

  it('carries quoteToken, quickReply and sender', () => {
    const message = render(
      <Text
        quoteToken="q3Plxr4AgKd"
        sender={<Sender name="Cony" iconUrl="https://cdn.example.com/cony.png" />}
        quickReply={
          <QuickReply>
            <MessageAction label="Yes" text="yes" />
          </QuickReply>
        }
      >
        Shall we?
      </Text>,
    );
    expect(message).toMatchSnapshot();
  });
});

describe('<Emoji> children: LINE emoji', () => {
  it('become $ placeholders with emojis at their UTF-16 index', () => {
    const message = render(
      <Text>
        <Emoji productId={BROWN} emojiId="001" /> Hello <Emoji productId={BROWN} emojiId="002" />
      </Text>,
    );
    expect(message).toEqual({
      type: 'text',
      text: '$ Hello $',
      emojis: [
        { index: 0, productId: BROWN, emojiId: '001' },
        { index: 8, productId: BROWN, emojiId: '002' },
      ],
    });
  });

  it('count astral characters as two UTF-16 units and CJK as one', () => {
    const message = render(
      <Text>
        🍎🍎 漢字
        <Emoji productId={BROWN} emojiId="001" />
        👨‍👩‍👧
        <Emoji productId={BROWN} emojiId="002" />
      </Text>,
    );
    // 🍎🍎 = 4 units, space = 1, 漢字 = 2: the first $ is at 7; 👨‍👩‍👧 = 8 units after it: the second at 16.
    expect(message).toEqual({
      type: 'text',
      text: '🍎🍎 漢字$👨‍👩‍👧$',
      emojis: [
        { index: 7, productId: BROWN, emojiId: '001' },
        { index: 16, productId: BROWN, emojiId: '002' },
      ],
    });
    if (message.type === 'text') for (const e of message.emojis ?? []) expect(message.text[e.index]).toBe('$');
  });
});

describe('<Mention> and <MentionAll> children: textV2', () => {
  it('become {key} placeholders with substitutions', () => {
    const message = render(
      <Text>
        Hi <Mention userId={cony} />, <Mention userId={sally} /> and <MentionAll />!
      </Text>,
    );
    expect(message).toEqual({
      type: 'textV2',
      text: 'Hi {user0}, {user1} and {all}!',
      substitution: {
        user0: { type: 'mention', mentionee: { type: 'user', userId: cony } },
        user1: { type: 'mention', mentionee: { type: 'user', userId: sally } },
        all: { type: 'mention', mentionee: { type: 'all' } },
      },
    });
  });

  it('reuse one key for the same user, and turn emoji into emoji substitutions', () => {
    const message = render(
      <Text>
        <Mention userId={cony} /> <Emoji productId={BROWN} emojiId="001" /> <Mention userId={cony} />{' '}
        <Emoji productId={BROWN} emojiId="001" />
      </Text>,
    );
    expect(message).toEqual({
      type: 'textV2',
      text: '{user0} {emoji0} {user0} {emoji0}',
      substitution: {
        user0: { type: 'mention', mentionee: { type: 'user', userId: cony } },
        emoji0: { type: 'emoji', productId: BROWN, emojiId: '001' },
      },
    });
  });

  it('use the names the author chose, and skip them when generating keys', () => {
    const message = render(
      <Text>
        <Mention userId={cony} name="user1" /> <Mention userId={sally} /> <MentionAll name="everyone" />
      </Text>,
    );
    expect(message).toEqual({
      type: 'textV2',
      text: '{user1} {user0} {everyone}',
      substitution: {
        user1: { type: 'mention', mentionee: { type: 'user', userId: cony } },
        user0: { type: 'mention', mentionee: { type: 'user', userId: sally } },
        everyone: { type: 'mention', mentionee: { type: 'all' } },
      },
    });
  });

  it('escape literal braces of the text as {{ and }}', () => {
    const message = render(
      <Text>
        {'{json}'} for <Mention userId={cony} />: {'}{'}
      </Text>,
    );
    expect(message).toMatchObject({ type: 'textV2', text: '{{json}} for {user0}: }}{{' });
  });

  it('refuse one name for two different mentions instead of dropping one', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          <Mention userId={cony} name="friend" /> and <Mention userId={sally} name="friend" />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Text> > <Mention>[1]',
        'substitution.friend',
        'name "friend" is already used by another mention or emoji in this text; give each its own name',
      ],
    ]);
  });
});

describe('the v2 prop', () => {
  it('makes a textV2 message without mentions, escaping braces', () => {
    expect(render(<Text v2>Use {'{braces}'} freely</Text>)).toEqual({ type: 'textV2', text: 'Use {{braces}} freely' });
  });

  it('keeps quoteToken on a textV2 message', () => {
    expect(
      render(
        <Text v2 quoteToken="q3Plxr4AgKd">
          Quoted
        </Text>,
      ),
    ).toEqual({ type: 'textV2', text: 'Quoted', quoteToken: 'q3Plxr4AgKd' });
  });

  it('makes emoji substitutions out of <Emoji>', () => {
    expect(
      render(
        <Text v2>
          Thanks <Emoji productId={BROWN} emojiId="010" name="heart" />
        </Text>,
      ),
    ).toEqual({
      type: 'textV2',
      text: 'Thanks {heart}',
      substitution: { heart: { type: 'emoji', productId: BROWN, emojiId: '010' } },
    });
  });
});

describe('problems point at the element that caused them', () => {
  it('a text that is too long points at <Text>, not at its last mention', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          {'x'.repeat(5000)} <Mention userId={cony} />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([['<Text>', 'text', 'text is 5,008 characters; LINE allows at most 5,000']]);
  });

  it('a wrong user ID points at its <Mention>', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          <Mention userId={cony} /> <Mention userId="U123" />
        </Text>,
      ),
    );
    expect(located(error)).toEqual([
      ['<Text> > <Mention>[1]', 'substitution.user1.mentionee.userId', 'userId "U123" is not a LINE user ID (U followed by 32 hex digits)'],
    ]);
  });

  it('an emoji index problem points at its <Emoji>', () => {
    const error = catchValidation(() =>
      render(
        <Text>
          {Array.from({ length: 21 }, () => (
            <Emoji productId={BROWN} emojiId="001" />
          ))}
        </Text>,
      ),
    );
    expect(located(error)).toEqual([['<Text>', 'emojis', '21 LINE emoji; LINE allows at most 20 LINE emoji']]);
  });
});
