import {
  Body,
  Box,
  Bubble,
  Button,
  DatetimePicker,
  Flex,
  Footer,
  Header,
  Icon,
  Postback,
  Text,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex altText="Reminder: Check-up and cleaning at Aoba Dental Clinic, Dec 3 10:30">
      <Bubble size="kilo">
        <Header layout="baseline" spacing="sm" paddingBottom="none">
          <Icon url="https://images.example.com/clinics/aoba-dental/logo.png" size="md" />
          <Text size="sm" weight="bold" color="#0f766e" scaling>Aoba Dental Clinic</Text>
        </Header>
        <Body spacing="md">
          <Box layout="horizontal" spacing="lg">
            <Box
              width="64px"
              height="72px"
              flex={0}
              cornerRadius="lg"
              backgroundColor="#ccfbf1"
              justifyContent="center"
              alignItems="center"
            >
              <Text size="xxs" weight="bold" color="#0f766e">DEC</Text>
              <Text size="3xl" weight="bold" color="#134e4a">3</Text>
              <Text size="xxs" color="#0f766e">Thu</Text>
            </Box>
            <Box justifyContent="center">
              <Text size="xl" weight="bold" scaling>10:30–11:15</Text>
              <Text size="sm" color="#555555" scaling wrap>Check-up and cleaning</Text>
              <Text size="xs" color="#8c8c8c" scaling>with Dr. Haruka Sato</Text>
            </Box>
          </Box>
          <Text size="xs" color="#8c8c8c" wrap scaling>
            2-8-5 Aobadai, Meguro-ku, Tokyo · 3 min from Naka-Meguro station
          </Text>
          <Text size="xs" color="#b45309" wrap scaling>
            Please bring your insurance card and arrive 10 minutes early.
          </Text>
        </Body>
        <Footer spacing="sm">
          <Button
            style="primary"
            color="#0f766e"
            action={
              <Postback
                label="I'll be there"
                data="appointment=AP-20931&action=confirm"
                displayText="I'll be there"
              />
            }
          />
          <Box layout="horizontal" spacing="sm">
            <Button
              style="secondary"
              action={
                <DatetimePicker
                  label="Reschedule"
                  data="appointment=AP-20931&action=reschedule"
                  mode="datetime"
                  initial="2026-12-03T10:30"
                  min="2026-11-25T09:00"
                  max="2027-02-28T18:00"
                />
              }
            />
            <Button
              style="link"
              adjustMode="shrink-to-fit"
              scaling
              action={
                <Postback
                  label="Cancel appointment"
                  data="appointment=AP-20931&action=cancel"
                  displayText="Please cancel my appointment"
                />
              }
            />
          </Box>
        </Footer>
      </Bubble>
    </Flex>
  );
}
