import { Body, Box, Bubble, Filler, Flex, Header, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Design route">
      <Bubble direction="ltr">
        <Header backgroundColor="#93baed">
          <Box>
            <Text color="#ffffff66" size="sm">FROM</Text>
            <Text color="#ffffff" size="xl" flex={4} weight="bold">บางมด (KMUTT)</Text>
          </Box>
          <Box>
            <Text color="#ffffff66" size="sm">TO</Text>
            <Text color="#ffffff" size="xl" flex={4} weight="bold">จตุจักร (Chatujak market)</Text>
          </Box>
        </Header>
        <Body>
          <Text color="#b7b7b7" size="xs">Step by step</Text>
          <Box layout="horizontal" spacing="lg" cornerRadius="30px" margin="xl">
            <Text size="sm" gravity="center">รถแดง</Text>
            <Box flex={0}>
              <Filler />
              <Box
                cornerRadius="30px"
                height="12px"
                width="12px"
                borderColor="#EF454D"
                borderWidth="2px"
              />
              <Filler />
            </Box>
            <Text gravity="center" flex={4} size="sm">ขึ้นรถแดงจากหน้ามอ</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" height="64px">
            <Box layout="baseline" flex={1}><Filler /></Box>
            <Box width="12px">
              <Box layout="horizontal" flex={1}>
                <Filler />
                <Box width="2px" backgroundColor="#B7B7B7" />
                <Filler />
              </Box>
            </Box>
            <Text gravity="center" flex={4} size="xs" color="#8c8c8c">จุดลง : กม.9</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" cornerRadius="30px">
            <Box layout="horizontal" flex={1}>
              <Text gravity="center" size="sm">ปอ.141</Text>
            </Box>
            <Box flex={0}>
              <Filler />
              <Box
                cornerRadius="30px"
                width="12px"
                height="12px"
                borderWidth="2px"
                borderColor="#6486E3"
              />
              <Filler />
            </Box>
            <Text gravity="center" flex={4} size="sm">ขึ้นรถ ปอ.141</Text>
          </Box>
          <Box layout="horizontal" spacing="lg" height="64px">
            <Box layout="baseline" flex={1}><Filler /></Box>
            <Box width="12px">
              <Box layout="horizontal" flex={1}>
                <Filler />
                <Box width="2px" backgroundColor="#6486E3" />
                <Filler />
              </Box>
            </Box>
            <Text gravity="center" flex={4} size="xs" color="#8c8c8c">
              จุดลง : BTS หมอชิต-MRT สวนจตุจักร
            </Text>
          </Box>
          <Box layout="horizontal" spacing="lg" cornerRadius="30px">
            <Text gravity="center" size="sm">สิ้นสุด</Text>
            <Box flex={0}>
              <Filler />
              <Box
                cornerRadius="30px"
                width="12px"
                height="12px"
                borderColor="#6486E3"
                borderWidth="2px"
              />
              <Filler />
            </Box>
            <Text gravity="center" flex={4} size="sm">ถึงจุดหมาย</Text>
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
