import { Cell, MessageAction, Postback, RichMenu, RichMenuSwitch, Row, Uri } from '@linejsx/jsx';
import { defineExample } from '../define.ts';

export interface ShopTabsProps {
  shop: string;
  /** Alias IDs of the two tabs: 1 to 32 of a-z, 0-9, _ and -. */
  menuAlias: string;
  accountAlias: string;
  drinksUrl: string;
  foodUrl: string;
  pointsUrl: string;
  historyUrl: string;
}

/** Height of the tab bar across the top of both menus, in pixels of the image. */
const TAB_BAR = 210;

/**
 * Two half-size menus (2500x843) shown as tabs: each has a tab bar whose other tab switches to the
 * other menu by its alias (`richmenuswitch`), and three actions below. The tab on show has no
 * action: tapping it would change nothing. Deployed together, each menu gets its alias.
 */
export function ShopTabs(props: ShopTabsProps) {
  const { shop, menuAlias, accountAlias } = props;
  return (
    <>
      <RichMenu
        size="half"
        name={`${shop}: menu tab`}
        chatBarText="Menu"
        alias={menuAlias}
        image={new URL('./shop-tab-menu.png', import.meta.url)}
      >
        <Row height={TAB_BAR}>
          <Cell />
          <Cell>
            <RichMenuSwitch label="Account" richMenuAliasId={accountAlias} data="tab=account" />
          </Cell>
        </Row>
        <Row>
          <Cell>
            <Uri label="Drinks" uri={props.drinksUrl} />
          </Cell>
          <Cell>
            <Uri label="Food" uri={props.foodUrl} />
          </Cell>
          <Cell>
            <Postback label="Today's special" data="menu=special" displayText="Today's special?" />
          </Cell>
        </Row>
      </RichMenu>
      <RichMenu
        size="half"
        name={`${shop}: account tab`}
        chatBarText="Account"
        alias={accountAlias}
        image={new URL('./shop-tab-account.png', import.meta.url)}
      >
        <Row height={TAB_BAR}>
          <Cell>
            <RichMenuSwitch label="Menu" richMenuAliasId={menuAlias} data="tab=menu" />
          </Cell>
          <Cell />
        </Row>
        <Row>
          <Cell>
            <Uri label="Points" uri={props.pointsUrl} />
          </Cell>
          <Cell>
            <Uri label="Order history" uri={props.historyUrl} />
          </Cell>
          <Cell>
            <MessageAction label="Settings" text="Settings" />
          </Cell>
        </Row>
      </RichMenu>
    </>
  );
}

export default defineExample<ShopTabsProps>({
  id: 'shop-tabs',
  kind: 'richMenu',
  title: 'Shop tabs',
  description:
    'Two half-size rich menus that switch to each other like tabs (richmenuswitch actions and an alias per menu), deployed as one set.',
  component: ShopTabs,
  sample: {
    shop: 'Brown Café',
    menuAlias: 'brown-cafe-menu',
    accountAlias: 'brown-cafe-account',
    drinksUrl: 'https://order.example.com/brown-cafe/drinks',
    foodUrl: 'https://order.example.com/brown-cafe/food',
    pointsUrl: 'https://liff.line.me/1234567890-AbcdEfgh/points',
    historyUrl: 'https://order.example.com/brown-cafe/orders',
  },
});
