import { Area, Imagemap, MessageAction, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Imagemap
      baseUrl="https://cardhoin-bot.herokuapp.com/line_bot/image/menu.png?_ignore="
      altText="卡好用menu"
      baseSize={{ height: 1040, width: 1040 }}
    >
      <Area x={17} y={215} width={500} height={400}>
        <Uri uri="https://www.cardhoin.com/category/today?offset=10" />
      </Area>
      <Area x={523} y={210} width={500} height={400}>
        <Uri uri="https://www.cardhoin.com/category/hot?offset=10" />
      </Area>
      <Area x={17} y={623} width={500} height={400}>
        <Uri uri="https://www.cardhoin.com/category/new?offset=10" />
      </Area>
      <Area x={523} y={623} width={500} height={400}><MessageAction text="座標優惠搜尋" /></Area>
    </Imagemap>
  );
}
