import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  Flex,
  Hero,
  Icon,
  Image,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex
      altText={'Harbor Times morning edition: 4 stories, starting with "New waterfront tram line opens ahead of schedule, linking the ferry terminal to the old town"'}
    >
      <Carousel>
        <Bubble size="deca">
          <Hero>
            <Image
              url="https://images.example.com/news/2026-11-24/tram.jpg"
              size="full"
              aspectRatio="20:13"
              aspectMode="cover"
              action={<Uri uri="https://news.example.com/city/waterfront-tram-opens" />}
            />
          </Hero>
          <Body spacing="sm" paddingAll="13px">
            <Text size="xxs" weight="bold" color="#c2410c">CITY</Text>
            <Text
              size="sm"
              weight="bold"
              wrap
              maxLines={3}
              lineSpacing="3px"
              action={
                <Uri label="Read" uri="https://news.example.com/city/waterfront-tram-opens" />
              }
            >
              New waterfront tram line opens ahead of schedule, linking the ferry terminal to the old town
            </Text>
            <Text size="xs" color="#666666" wrap maxLines={4} lineSpacing="2px">
              The 4.2 km line carries its first passengers this morning, three months early. Trams run every six minutes at peak times and every ten in the evening.
            </Text>
            <Box layout="baseline" spacing="sm" margin="md">
              <Icon
                url="https://images.example.com/news/logos/harbor-times.png"
                size="xs"
                aspectRatio="2:1"
              />
              <Text size="xxs" color="#999999">Harbor Times · 35 min ago</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble size="deca">
          <Hero>
            <Image
              url="https://images.example.com/news/2026-11-24/brewery.jpg"
              size="full"
              aspectRatio="20:13"
              aspectMode="cover"
              action={<Uri uri="https://news.example.com/business/brewery-export-deal" />}
            />
          </Hero>
          <Body spacing="sm" paddingAll="13px">
            <Text size="xxs" weight="bold" color="#c2410c">BUSINESS</Text>
            <Text
              size="sm"
              weight="bold"
              wrap
              maxLines={3}
              lineSpacing="3px"
              action={
                <Uri label="Read" uri="https://news.example.com/business/brewery-export-deal" />
              }
            >
              Local brewery doubles capacity after export deal
            </Text>
            <Text size="xs" color="#666666" wrap maxLines={4} lineSpacing="2px">
              A ten-year agreement with a distributor in Singapore means a second brewhouse and forty new jobs by next spring, the company said on Monday.
            </Text>
            <Box layout="baseline" spacing="sm" margin="md">
              <Icon
                url="https://images.example.com/news/logos/harbor-times.png"
                size="xs"
                aspectRatio="2:1"
              />
              <Text size="xxs" color="#999999">Harbor Times · 1 h ago</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble size="deca">
          <Hero>
            <Image
              url="https://images.example.com/news/2026-11-24/frost.jpg"
              size="full"
              aspectRatio="20:13"
              aspectMode="cover"
              action={<Uri uri="https://news.example.com/weather/first-frost" />}
            />
          </Hero>
          <Body spacing="sm" paddingAll="13px">
            <Text size="xxs" weight="bold" color="#c2410c">WEATHER</Text>
            <Text
              size="sm"
              weight="bold"
              wrap
              maxLines={3}
              lineSpacing="3px"
              action={<Uri label="Read" uri="https://news.example.com/weather/first-frost" />}
            >
              First frost of the season expected on Thursday night
            </Text>
            <Text size="xs" color="#666666" wrap maxLines={4} lineSpacing="2px">
              Temperatures inland may drop to −2 °C. Gardeners are advised to cover young plants; roads on the hills could be icy early on Friday.
            </Text>
            <Box layout="baseline" spacing="sm" margin="md">
              <Icon
                url="https://images.example.com/news/logos/harbor-times.png"
                size="xs"
                aspectRatio="2:1"
              />
              <Text size="xxs" color="#999999">Harbor Times · 2 h ago</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble size="deca">
          <Hero>
            <Image
              url="https://images.example.com/news/2026-11-24/football.jpg"
              size="full"
              aspectRatio="20:13"
              aspectMode="cover"
              action={<Uri uri="https://news.example.com/sport/united-cup-semi-final" />}
            />
          </Hero>
          <Body spacing="sm" paddingAll="13px">
            <Text size="xxs" weight="bold" color="#c2410c">SPORT</Text>
            <Text
              size="sm"
              weight="bold"
              wrap
              maxLines={3}
              lineSpacing="3px"
              action={
                <Uri label="Read" uri="https://news.example.com/sport/united-cup-semi-final" />
              }
            >
              Harbor United through to the cup semi-final after late winner
            </Text>
            <Text size="xs" color="#666666" wrap maxLines={4} lineSpacing="2px">
              A header in the 89th minute settled a tense quarter-final in front of a sold-out crowd. The draw for the semi-finals takes place on Sunday.
            </Text>
            <Box layout="baseline" spacing="sm" margin="md">
              <Icon
                url="https://images.example.com/news/logos/harbor-times.png"
                size="xs"
                aspectRatio="2:1"
              />
              <Text size="xxs" color="#999999">Harbor Times · 6 h ago</Text>
            </Box>
          </Body>
        </Bubble>
        <Bubble
          size="deca"
          action={<Uri uri="https://news.example.com/editions/2026-11-24-morning" />}
        >
          <Body justifyContent="center" alignItems="center" spacing="md" backgroundColor="#f7f7f7">
            <Text size="sm" color="#666666" align="center" wrap>
              More from the Harbor Times morning edition
            </Text>
            <Button
              style="link"
              color="#c2410c"
              action={
                <Uri
                  label="All stories"
                  uri="https://news.example.com/editions/2026-11-24-morning"
                />
              }
            />
          </Body>
        </Bubble>
      </Carousel>
    </Flex>
  );
}
