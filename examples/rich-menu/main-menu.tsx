import { Cell, DatetimePicker, MessageAction, Postback, RichMenu, Row, Uri } from '@linejsx/jsx';
import { defineExample } from '../define.ts';

export interface MainMenuProps {
  shop: string;
  orderUrl: string;
  pointsUrl: string;
  mapUrl: string;
}

/**
 * The café's everyday menu: full size (2500x1686), a grid of two rows of three, open when the chat
 * opens. Its image, drawn by `pnpm rich-menu:images`, sits next to this file.
 */
export function MainMenu({ shop, orderUrl, pointsUrl, mapUrl }: MainMenuProps) {
  return (
    <RichMenu size="full" name={`${shop}: main menu`} chatBarText="Menu" selected image={new URL('./main-menu.png', import.meta.url)}>
      <Row>
        <Cell>
          <Uri label="Order online" uri={orderUrl} />
        </Cell>
        <Cell>
          <Postback label="Coupons" data="menu=coupons" displayText="Show my coupons" />
        </Cell>
        <Cell>
          <Uri label="Points card" uri={pointsUrl} />
        </Cell>
      </Row>
      <Row>
        <Cell>
          <DatetimePicker label="Book a table" data="menu=book" mode="datetime" />
        </Cell>
        <Cell>
          <Uri label="Find a shop" uri={mapUrl} />
        </Cell>
        <Cell>
          <MessageAction label="Help" text="Help" />
        </Cell>
      </Row>
    </RichMenu>
  );
}

export default defineExample<MainMenuProps>({
  id: 'main-menu',
  kind: 'richMenu',
  title: 'Main menu',
  description:
    'A full-size rich menu laid out as a grid of two rows of three cells: URI, postback, datetime picker and message actions, with its image.',
  component: MainMenu,
  sample: {
    shop: 'Brown Café',
    orderUrl: 'https://order.example.com/brown-cafe',
    pointsUrl: 'https://liff.line.me/1234567890-AbcdEfgh/points',
    mapUrl: 'https://maps.example.com/?q=Brown+Caf%C3%A9',
  },
});
