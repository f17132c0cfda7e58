import { Buttons, MessageAction, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Buttons
      altText="Buttons template"
      thumbnailImageUrl="https://example.com/image.jpg"
      title="Menu"
      text="Please select"
    >
      <Postback label="postback" displayText="postback text" data="action=buy&itemid=1" />
      <MessageAction label="message" text="message text" />
      <Uri label="uri" uri="http://example.com/" />
    </Buttons>
  );
}
