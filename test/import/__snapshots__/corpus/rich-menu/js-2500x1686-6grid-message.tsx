import { Area, MessageAction, RichMenu } from '@linejsx/jsx';

export function Imported() {
  return (
    <RichMenu size="full" name="Image Bot Menu" chatBarText="圖片功能選單">
      <Area x={0} y={0} width={833} height={843}><MessageAction text="圖片變模型" /></Area>
      <Area x={833} y={0} width={833} height={843}><MessageAction text="樂高玩具" /></Area>
      <Area x={1666} y={0} width={834} height={843}><MessageAction text="針織玩偶" /></Area>
      <Area x={0} y={843} width={833} height={843}><MessageAction text="專業履歷照" /></Area>
      <Area x={833} y={843} width={833} height={843}><MessageAction text="日系寫真" /></Area>
      <Area x={1666} y={843} width={834} height={843}><MessageAction text="1970年" /></Area>
    </RichMenu>
  );
}
