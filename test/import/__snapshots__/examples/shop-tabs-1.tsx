import { Area, MessageAction, RichMenu, RichMenuSwitch, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <RichMenu size="half" name="Brown Café: account tab" chatBarText="Account">
      <Area x={0} y={0} width={1250} height={210}>
        <RichMenuSwitch label="Menu" richMenuAliasId="brown-cafe-menu" data="tab=menu" />
      </Area>
      <Area x={0} y={210} width={833} height={633}>
        <Uri label="Points" uri="https://liff.line.me/1234567890-AbcdEfgh/points" />
      </Area>
      <Area x={833} y={210} width={834} height={633}>
        <Uri label="Order history" uri="https://order.example.com/brown-cafe/orders" />
      </Area>
      <Area x={1667} y={210} width={833} height={633}>
        <MessageAction label="Settings" text="Settings" />
      </Area>
    </RichMenu>
  );
}
