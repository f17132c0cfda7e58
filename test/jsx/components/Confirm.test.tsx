import { Confirm, MessageAction, Postback, render } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Confirm>', () => {
  it('renders a confirm template with two actions', () => {
    const message = render(
      <Confirm altText="Are you sure?" text="Are you sure?">
        <MessageAction label="Yes" text="yes" />
        <Postback label="No" data="answer=no" displayText="No" />
      </Confirm>,
    );
    expect(message).toMatchSnapshot();
  });

  it('needs exactly two actions', () => {
    expect(
      located(
        catchValidation(() =>
          render(
            <Confirm altText="Sure?" text="Sure?">
              <MessageAction label="Yes" text="yes" />
            </Confirm>,
          ),
        ),
      ),
    ).toEqual([['<Confirm>', 'template.actions', '1 action; LINE needs exactly 2 actions']]);
  });

  it('limits the text to 240 characters', () => {
    const error = catchValidation(() =>
      render(
        <Confirm altText="Sure?" text={'x'.repeat(241)}>
          <MessageAction label="Yes" text="yes" />
          <MessageAction label="No" text="no" />
        </Confirm>,
      ),
    );
    expect(located(error)).toEqual([['<Confirm>', 'template.text', 'text is 241 characters; LINE allows at most 240']]);
  });
});
