import { Confirm, MessageAction, Postback } from '@linejsx/jsx';

export function Imported() {
  return (
    <Confirm altText="Confirm template" text="Are you sure?">
      <Postback label="postback" displayText="postback text" data="action=buy&itemid=1" />
      <MessageAction label="message" text="message text" />
    </Confirm>
  );
}
