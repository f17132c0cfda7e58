import {
  Body,
  Box,
  Bubble,
  Button,
  Filler,
  Flex,
  Footer,
  Header,
  Span,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Akihabara → Kamakura: 09:02–10:03, 61 min, ¥1,100">
      <Bubble size="mega">
        <Header
          height="128px"
          paddingAll="20px"
          justifyContent="space-between"
          background={{
            type: 'linearGradient',
            angle: '90deg',
            startColor: '#0367d3',
            endColor: '#00a3ff',
          }}
        >
          <Box layout="horizontal">
            <Box>
              <Text size="xxs" color="#ffffff99">FROM</Text>
              <Text size="xl" weight="bold" color="#ffffff">Akihabara</Text>
            </Box>
            <Box>
              <Text size="xxs" color="#ffffff99" align="end">TO</Text>
              <Text size="xl" weight="bold" color="#ffffff" align="end">Kamakura</Text>
            </Box>
          </Box>
          <Text size="sm" color="#ffffffcc">09:02 → 10:03 · 61 min · 1 transfer</Text>
        </Header>
        <Body paddingAll="20px">
          <Box layout="horizontal" spacing="lg" alignItems="center">
            <Text size="sm" color="#8c8c8c" flex={0} gravity="center">09:02</Text>
            <Box
              width="12px"
              height="12px"
              flex={0}
              cornerRadius="30px"
              borderWidth="2px"
              borderColor="#00b2e5"
            />
            <Text size="sm" weight="bold" gravity="center" wrap>Akihabara</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" height="40px">
            <Box width="38px" flex={0} />
            <Box layout="horizontal" width="12px" flex={0}>
              <Filler />
              <Box width="2px" backgroundColor="#00b2e5" />
              <Filler />
            </Box>
            <Text size="xs" color="#8c8c8c" gravity="center">Keihin-Tohoku Line · 5 min</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" alignItems="center">
            <Text size="sm" color="#8c8c8c" flex={0} gravity="center">09:07</Text>
            <Box
              width="12px"
              height="12px"
              flex={0}
              cornerRadius="30px"
              borderWidth="2px"
              borderColor="#0067c0"
            />
            <Text size="sm" weight="bold" gravity="center" wrap>Tokyo</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" height="40px">
            <Box width="38px" flex={0} />
            <Box layout="horizontal" width="12px" flex={0}>
              <Filler />
              <Box width="2px" backgroundColor="#0067c0" />
              <Filler />
            </Box>
            <Text size="xs" color="#8c8c8c" gravity="center">Yokosuka Line · 56 min</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" alignItems="center">
            <Text size="sm" color="#8c8c8c" flex={0} gravity="center">10:03</Text>
            <Box
              width="12px"
              height="12px"
              flex={0}
              cornerRadius="30px"
              borderWidth="2px"
              borderColor="#0067c0"
            />
            <Text size="sm" weight="bold" gravity="center" wrap>Kamakura</Text>
          </Box>
        </Body>
        <Footer layout="horizontal" alignItems="center" paddingStart="20px">
          <Text size="sm" color="#8c8c8c">
            <Span>{'IC fare '}</Span>
            <Span size="md" weight="bold" color="#111111">¥1,100</Span>
          </Text>
          <Button
            style="link"
            flex={0}
            action={
              <Uri
                label="Open map"
                uri="https://maps.example.com/route?from=Akihabara&to=Kamakura"
              />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}
