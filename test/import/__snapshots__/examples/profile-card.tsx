import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Image,
  Postback,
  Separator,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Mika Tanabe, Product designer at Kumo Labs · Fukuoka">
      <Bubble size="hecto">
        <Body paddingAll="0px">
          <Box
            height="56px"
            background={{
              type: 'linearGradient',
              angle: '135deg',
              startColor: '#7f5af0',
              centerColor: '#2cb1bc',
              endColor: '#06c755',
              centerPosition: '60%',
            }}
          />
          <Box
            paddingStart="16px"
            paddingEnd="16px"
            paddingBottom="16px"
            offsetTop="-32px"
            spacing="sm"
          >
            <Box
              width="64px"
              height="64px"
              cornerRadius="32px"
              borderWidth="semi-bold"
              borderColor="#ffffff"
              backgroundColor="#ffffff"
            >
              <Image
                url="https://images.example.com/people/mika-tanabe.jpg"
                size="full"
                aspectRatio="1:1"
                aspectMode="cover"
              />
            </Box>
            <Text size="xl" weight="bold" adjustMode="shrink-to-fit">Mika Tanabe</Text>
            <Text size="xs" color="#8c8c8c" maxLines={1}>
              Product designer at Kumo Labs · Fukuoka
            </Text>
            <Box
              layout="horizontal"
              margin="lg"
              paddingTop="sm"
              paddingBottom="sm"
              borderWidth="light"
              borderColor="#e0e0e0"
              cornerRadius="md"
            >
              <Box flex={1} alignItems="center">
                <Text size="md" weight="bold">312</Text>
                <Text size="xxs" color="#8c8c8c">Posts</Text>
              </Box>
              <Separator color="#e0e0e0" />
              <Box flex={1} alignItems="center">
                <Text size="md" weight="bold">18,450</Text>
                <Text size="xxs" color="#8c8c8c">Followers</Text>
              </Box>
              <Separator color="#e0e0e0" />
              <Box flex={1} alignItems="center">
                <Text size="md" weight="bold">287</Text>
                <Text size="xxs" color="#8c8c8c">Following</Text>
              </Box>
            </Box>
            <Text size="xs" color="#555555" wrap maxLines={3} margin="md">
              Designing calm tools for busy teams. Weekend potter, slow runner, collector of train timetables.
            </Text>
          </Box>
        </Body>
        <Footer layout="horizontal" spacing="sm" paddingTop="none">
          <Button
            style="secondary"
            height="sm"
            action={<Uri label="Message" uri="https://line.me/R/ti/p/@kumolabs" />}
          />
          <Button
            style="primary"
            height="sm"
            action={
              <Postback label="Follow" data="follow=u-48213" displayText="Follow Mika Tanabe" />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
