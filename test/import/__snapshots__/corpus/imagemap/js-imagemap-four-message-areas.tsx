import { Area, Imagemap, MessageAction } from '@linejsx/jsx';

export function Imported() {
  return (
    <Imagemap
      baseUrl="https://res.cloudinary.com/demo/image/upload/imagemap/shindan"
      altText="This is an imagemap"
      baseSize={{ height: 1040, width: 1040 }}
    >
      <Area x={0} y={360} width={520} height={340}><MessageAction text="はい" /></Area>
      <Area x={520} y={360} width={520} height={340}><MessageAction text="いいえ" /></Area>
      <Area x={0} y={700} width={520} height={340}><MessageAction text="どちらでもない" /></Area>
      <Area x={520} y={700} width={520} height={340}><MessageAction text="わからない" /></Area>
    </Imagemap>
  );
}
