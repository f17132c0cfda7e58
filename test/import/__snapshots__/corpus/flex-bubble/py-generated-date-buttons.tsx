import { Body, Box, Bubble, Button, Flex, Postback, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="請選擇日期">
      <Bubble>
        <Body spacing="md">
          <Text weight="bold" size="lg">📅 請選擇日期</Text>
          <Box spacing="sm">
            <Button
              style="secondary"
              action={<Postback label="2025-01-20" data="DATE|2025-01-20" />}
            />
            <Button
              style="secondary"
              action={<Postback label="2025-01-21" data="DATE|2025-01-21" />}
            />
            <Button
              style="secondary"
              action={<Postback label="2025-01-22" data="DATE|2025-01-22" />}
            />
          </Box>
        </Body>
      </Bubble>
    </Flex>
  );
}
