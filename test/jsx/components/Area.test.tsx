import { Area, Imagemap, MessageAction, Postback, RichMenu, render, renderRichMenu, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

const imagemap = (area: ReturnType<typeof Area>) => (
  <Imagemap baseUrl="https://cdn.example.com/menu" altText="Menu" baseSize={{ width: 1040, height: 1040 }}>
    {area}
  </Imagemap>
);

describe('<Area> in an imagemap', () => {
  it('puts its rectangle on its action', () => {
    expect(
      render(
        imagemap(
          <Area x={10} y={20} width={300} height={400}>
            <MessageAction label="Menu" text="menu" />
          </Area>,
        ),
      ),
    ).toMatchObject({ actions: [{ type: 'message', label: 'Menu', text: 'menu', area: { x: 10, y: 20, width: 300, height: 400 } }] });
  });

  it('needs an action', () => {
    expect(located(catchValidation(() => render(imagemap(<Area x={0} y={0} width={1040} height={1040} />))))).toEqual([
      ['<Imagemap> > <Area>', 'actions[0]', '<Area> needs one action: <Uri>, <MessageAction> or <Clipboard>'],
    ]);
  });

  it('takes one action only', () => {
    const error = catchValidation(() =>
      render(
        imagemap(
          <Area x={0} y={0} width={1040} height={1040}>
            <Uri uri="https://example.com" />
            <MessageAction text="x" />
          </Area>,
        ),
      ),
    );
    expect(located(error)).toEqual([['<Imagemap> > <Area>', 'actions[0]', '<Area> takes one element as its action; it got 2']]);
  });

  it('refuses an action imagemaps do not have, saying which they do', () => {
    const error = catchValidation(() =>
      render(
        imagemap(
          <Area x={0} y={0} width={1040} height={1040}>
            <Postback data="x" />
          </Area>,
        ),
      ),
    );
    expect(located(error)).toEqual([
      [
        '<Imagemap> > <Area> > <Postback>',
        'actions[0]',
        '<Postback> can not go as the action of an imagemap <Area>; that takes <Clipboard>, <MessageAction> or <Uri>',
      ],
    ]);
  });

  it('refuses a negative position and an empty size', () => {
    const error = catchValidation(() =>
      render(
        imagemap(
          <Area x={-1} y={0} width={0} height={1040}>
            <MessageAction text="x" />
          </Area>,
        ),
      ),
    );
    expect(located(error)).toEqual([
      ['<Imagemap> > <Area>', 'actions[0].area.x', 'x is -1; LINE allows at least 0'],
      ['<Imagemap> > <Area>', 'actions[0].area.width', 'width is 0; LINE allows at least 1'],
    ]);
  });
});

describe('<Area> in a rich menu', () => {
  it('renders bounds and its action', () => {
    const menu = renderRichMenu(
      <RichMenu size="half" name="Test" chatBarText="Menu">
        <Area x={0} y={0} width={1250} height={843}>
          <Postback label="Coupons" data="tab=coupons" displayText="Coupons" />
        </Area>
        <Area x={1250} y={0} width={1250} height={843}>
          <Uri label="Shop" uri="https://shop.example.com/" />
        </Area>
      </RichMenu>,
    );
    expect(menu.areas).toEqual([
      {
        bounds: { x: 0, y: 0, width: 1250, height: 843 },
        action: { type: 'postback', label: 'Coupons', data: 'tab=coupons', displayText: 'Coupons' },
      },
      { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: 'uri', label: 'Shop', uri: 'https://shop.example.com/' } },
    ]);
  });
});
