import { Area, Imagemap, MessageAction, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Imagemap
      baseUrl="https://api.reh.tw/line/bot/example/assets/images/example"
      altText="Example imagemap"
      baseSize={{ height: 1040, width: 1040 }}
    >
      <Area x={0} y={0} width={520} height={1040}>
        <Uri uri="https://github.com/GoneTone/line-example-bot-php" />
      </Area>
      <Area x={520} y={0} width={520} height={1040}><MessageAction text="Hello" /></Area>
    </Imagemap>
  );
}
