import { Carousel, Column, MessageAction, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Carousel altText="Carousel alt text">
      <Column text="hoge1" title="fuga1">
        <Uri label="Go to line.me" uri="https://line.me" />
        <Postback label="ping" data="ping" />
      </Column>
      <Column text="hoge2" title="fuga2">
        <Postback label="ping with text" data="ping" text="ping" />
        <MessageAction label="Translate Rice" text="米" />
      </Column>
    </Carousel>
  );
}
