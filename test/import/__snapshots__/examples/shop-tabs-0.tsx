import { Area, Postback, RichMenu, RichMenuSwitch, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <RichMenu size="half" name="Brown Café: menu tab" chatBarText="Menu">
      <Area x={1250} y={0} width={1250} height={210}>
        <RichMenuSwitch label="Account" richMenuAliasId="brown-cafe-account" data="tab=account" />
      </Area>
      <Area x={0} y={210} width={833} height={633}>
        <Uri label="Drinks" uri="https://order.example.com/brown-cafe/drinks" />
      </Area>
      <Area x={833} y={210} width={834} height={633}>
        <Uri label="Food" uri="https://order.example.com/brown-cafe/food" />
      </Area>
      <Area x={1667} y={210} width={833} height={633}>
        <Postback label="Today's special" data="menu=special" displayText="Today's special?" />
      </Area>
    </RichMenu>
  );
}
