import { Image, ImageCarousel, Postback } from '@linejsx/jsx';

export function Imported() {
  return (
    <ImageCarousel altText="ImageCarousel template">
      <Image
        imageUrl="https://file-examples-com.github.io/uploads/2017/10/file_example_PNG_500kB.png"
        action={
          <Postback label="postback1" displayText="postback text1" data="action=buy&itemid=1" />
        }
      />
      <Image
        imageUrl="https://file-examples-com.github.io/uploads/2017/10/file_example_PNG_500kB.png"
        action={
          <Postback label="postback2" displayText="postback text2" data="action=buy&itemid=2" />
        }
      />
    </ImageCarousel>
  );
}
