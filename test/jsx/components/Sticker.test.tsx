import { MessageAction, QuickReply, render, Sender, Sticker } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Sticker>', () => {
  it('renders a sticker message', () => {
    expect(render(<Sticker packageId="446" stickerId="1988" />)).toEqual({ type: 'sticker', packageId: '446', stickerId: '1988' });
  });

  it('sends numeric IDs as the strings LINE requires', () => {
    expect(render(<Sticker packageId={11537} stickerId={52002734} />)).toEqual({
      type: 'sticker',
      packageId: '11537',
      stickerId: '52002734',
    });
  });

  it('carries quoteToken, quickReply and sender', () => {
    const message = render(
      <Sticker
        packageId="446"
        stickerId="1988"
        quoteToken="q3Plxr4AgKd"
        sender={<Sender name="Brown" />}
        quickReply={
          <QuickReply>
            <MessageAction label="More" text="more stickers" />
          </QuickReply>
        }
      />,
    );
    expect(message).toMatchSnapshot();
  });

  it('says which ID is missing', () => {
    const error = catchValidation(() => render(<Sticker {...({ packageId: '446' } as { packageId: string; stickerId: string })} />));
    expect(located(error)).toEqual([['<Sticker>', 'stickerId', 'stickerId is required']]);
  });
});
