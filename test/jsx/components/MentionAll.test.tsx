import { MentionAll, render, Sticker, Text } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation } from '../../support/validation.ts';

describe('<MentionAll>', () => {
  it('mentions everyone under the key "all"', () => {
    expect(
      render(
        <Text>
          <MentionAll /> the meeting starts in 5 minutes
        </Text>,
      ),
    ).toMatchSnapshot();
  });

  it('reuses one key when written twice, and takes a name', () => {
    expect(
      render(
        <Text>
          <MentionAll /> and <MentionAll />
        </Text>,
      ),
    ).toMatchObject({ text: '{all} and {all}' });
    expect(
      render(
        <Text>
          <MentionAll name="everyone" />
        </Text>,
      ),
    ).toEqual({
      type: 'textV2',
      text: '{everyone}',
      substitution: { everyone: { type: 'mention', mentionee: { type: 'all' } } },
    });
  });

  it('works only inside a message <Text>', () => {
    const error = catchValidation(() => render(<Sticker packageId="446" stickerId="1988" quickReply={<MentionAll />} />));
    expect(error.issues[0]!.message).toMatch(/^<MentionAll> can not go as a quickReply; that takes <QuickReply>$/);
  });
});
