import { Area, DatetimePicker, MessageAction, Postback, RichMenu, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <RichMenu size="full" selected name="Brown Café: main menu" chatBarText="Menu">
      <Area x={0} y={0} width={833} height={843}>
        <Uri label="Order online" uri="https://order.example.com/brown-cafe" />
      </Area>
      <Area x={833} y={0} width={834} height={843}>
        <Postback label="Coupons" data="menu=coupons" displayText="Show my coupons" />
      </Area>
      <Area x={1667} y={0} width={833} height={843}>
        <Uri label="Points card" uri="https://liff.line.me/1234567890-AbcdEfgh/points" />
      </Area>
      <Area x={0} y={843} width={833} height={843}>
        <DatetimePicker label="Book a table" data="menu=book" mode="datetime" />
      </Area>
      <Area x={833} y={843} width={834} height={843}>
        <Uri label="Find a shop" uri="https://maps.example.com/?q=Brown+Caf%C3%A9" />
      </Area>
      <Area x={1667} y={843} width={833} height={843}>
        <MessageAction label="Help" text="Help" />
      </Area>
    </RichMenu>
  );
}
