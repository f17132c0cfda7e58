import { Confirm, MessageAction } from '@linejsx/jsx';

export function Imported() {
  return (
    <Confirm
      altText="投稿内容の確認"
      text={'以下の内容で投稿しますか？\n\n今日は野菜をたくさん寄付いただきました。ありがとうございます！'}
    >
      <MessageAction label="はい" text="はい" />
      <MessageAction label="いいえ" text="いいえ" />
    </Confirm>
  );
}
