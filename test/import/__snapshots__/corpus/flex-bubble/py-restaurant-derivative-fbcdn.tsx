import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Hero,
  Icon,
  Image,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="少爺蛋餅">
      <Bubble>
        <Hero>
          <Image
            url="https://scontent-tpe1-1.xx.fbcdn.net/v/t39.30808-6/243290199_373621831074853_392629990513257081_n.jpg?_nc_cat=109&ccb=1-5&_nc_sid=730e14&_nc_ohc=7c_GHtAFsFgAX9tUM7L&_nc_ht=scontent-tpe1-1.xx&oh=00_AT8jCi-AhCez_uNfoRhubK1n4VopWoQmbb1Vo-hHj19BVg&oe=61CDB937"
            size="full"
            aspectRatio="20:13"
            aspectMode="cover"
            action={<Uri uri="http://linecorp.com/" />}
          />
        </Hero>
        <Body>
          <Text weight="bold" size="xl">少爺蛋餅</Text>
          <Box layout="baseline" margin="md">
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gold_star_28.png"
            />
            <Icon
              size="sm"
              url="https://scdn.line-apps.com/n/channel_devcenter/img/fx/review_gray_star_28.png"
            />
            <Text size="sm" color="#999999" margin="md" flex={0}>4.2</Text>
          </Box>
          <Text margin="sm" color="#999999">點擊看餐廳詳細內容</Text>
        </Body>
        <Footer spacing="sm" flex={0}>
          <Button
            style="link"
            height="sm"
            action={
              <Uri uri="https://www.bring-you.info/zh-tw/tainan-potato-egg-pancake" label="介紹" />
            }
          />
          <Button
            style="link"
            height="sm"
            action={
              <Uri
                label="菜單"
                uri="https://scontent-tpe1-1.xx.fbcdn.net/v/t39.30808-6/240653875_1742938462567466_3921013445659399306_n.jpg?_nc_cat=102&ccb=1-5&_nc_sid=730e14&_nc_ohc=l0-cWyAt6OIAX_qDQHG&_nc_ht=scontent-tpe1-1.xx&oh=00_AT9vlmy8k--MVUnkf0Mu4db9zzsQTMMjOtolgmP9iGt6uQ&oe=61CE3E65"
              />
            }
          />
          <Button
            action={
              <Uri
                label="地圖"
                uri="https://www.google.com/maps/place/%E5%B0%91%E7%88%BA%E6%89%8B%E4%BD%9C%E8%9B%8B%E9%A4%85%E5%B0%88%E8%B3%A3%E5%BA%97-%E5%8B%9D%E5%88%A9%E7%B8%BD%E5%BA%97/@22.9882987,120.217236,15z/data=!4m2!3m1!1s0x0:0xf1a17e76def2d5f6?sa=X&ved=2ahUKEwigrOyb-YL1AhWwGqYKHW9yDCAQ_BJ6BAgqEAU"
              />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
