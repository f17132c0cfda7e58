import { Image, ImageCarousel, MessageAction, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <ImageCarousel altText="this is a image carousel template">
      <Image
        imageUrl="https://s3.ap-southeast-1.amazonaws.com/asset.punpro.com/contents/i9850/1596612528354-o287233138665194f48f8be8dc10dbf4c_4620693218568236411_200805_14.jpg"
        action={<Postback label="see detail" data="action=buy&itemid=111" />}
      />
      <Image
        imageUrl="https://thalays.com/wp-content/uploads/2019/10/20191004-van.jpg"
        action={<MessageAction label="see detail" text="yes" />}
      />
      <Image
        imageUrl="https://img.tnews.co.th/userfiles/images/e51818be88c4c051a420b397b3bcff4c.jpg"
        action={<Uri label="see detail" uri="http://example.com/page/222" />}
      />
    </ImageCarousel>
  );
}
