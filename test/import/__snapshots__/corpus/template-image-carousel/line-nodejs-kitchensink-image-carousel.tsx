import { DatetimePicker, Image, ImageCarousel, MessageAction, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <ImageCarousel altText="Image carousel alt text">
      <Image
        imageUrl="https://abcd1234.ngrok.io/static/buttons/1040.jpg"
        action={<Uri label="Go to LINE" uri="https://line.me" />}
      />
      <Image
        imageUrl="https://abcd1234.ngrok.io/static/buttons/1040.jpg"
        action={<Postback label="Say hello1" data="hello こんにちは" />}
      />
      <Image
        imageUrl="https://abcd1234.ngrok.io/static/buttons/1040.jpg"
        action={<MessageAction label="Say message" text="Rice=米" />}
      />
      <Image
        imageUrl="https://abcd1234.ngrok.io/static/buttons/1040.jpg"
        action={<DatetimePicker label="datetime" data="DATETIME" mode="datetime" />}
      />
    </ImageCarousel>
  );
}
