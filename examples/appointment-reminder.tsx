import { Body, Box, Bubble, Button, DatetimePicker, Flex, Footer, Header, Icon, Postback, Text } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';
import { formatDate } from './parts/format.ts';

export interface AppointmentReminderProps {
  appointment: {
    id: string;
    clinic: string;
    clinicLogo: string;
    /** `YYYY-MM-DDTHH:mm`, local time of the clinic. */
    at: string;
    minutes: number;
    doctor: string;
    treatment: string;
    address: string;
    note: string;
  };
  /** The clinic's colour: its name, the date box's texts, the confirm button. */
  accent?: string;
  /** Background of the date box, and the colour of the note. */
  dateBackground?: string;
  noteColor?: string;
  bubbleSize?: BubbleSize;
  /** Size of the time. */
  timeSize?: TextSize;
}

/**
 * An appointment reminder on a kilo bubble: a calendar-leaf date box (fixed width, content centred
 * with justifyContent and alignItems), texts that follow the reader's font size setting (scaling),
 * and confirm / reschedule / cancel buttons, the last one shrinking its label to fit.
 */
export function AppointmentReminder({
  appointment,
  accent = '#0f766e',
  dateBackground = '#ccfbf1',
  noteColor = '#b45309',
  bubbleSize = 'kilo',
  timeSize = 'xl',
}: AppointmentReminderProps) {
  const part = (options: Intl.DateTimeFormatOptions) => formatDate(appointment.at, options);
  const time = appointment.at.slice(11, 16);
  const end = new Date(Date.parse(`${appointment.at}:00Z`) + appointment.minutes * 60_000).toISOString().slice(11, 16);
  const data = (action: string) => `appointment=${appointment.id}&action=${action}`;
  return (
    <Flex altText={`Reminder: ${appointment.treatment} at ${appointment.clinic}, ${part({ month: 'short', day: 'numeric' })} ${time}`}>
      <Bubble size={bubbleSize}>
        <Header layout="baseline" spacing="sm" paddingBottom="none">
          <Icon url={appointment.clinicLogo} size="md" />
          <Text size="sm" weight="bold" color={accent} scaling>
            {appointment.clinic}
          </Text>
        </Header>
        <Body spacing="md">
          <Box layout="horizontal" spacing="lg">
            <Box
              width="64px"
              height="72px"
              flex={0}
              cornerRadius="lg"
              backgroundColor={dateBackground}
              justifyContent="center"
              alignItems="center"
            >
              <Text size="xxs" weight="bold" color={accent}>
                {part({ month: 'short' }).toUpperCase()}
              </Text>
              <Text size="3xl" weight="bold" color="#134e4a">
                {part({ day: 'numeric' })}
              </Text>
              <Text size="xxs" color={accent}>
                {part({ weekday: 'short' })}
              </Text>
            </Box>
            <Box justifyContent="center">
              <Text size={timeSize} weight="bold" scaling>
                {time}–{end}
              </Text>
              <Text size="sm" color="#555555" scaling wrap>
                {appointment.treatment}
              </Text>
              <Text size="xs" color="#8c8c8c" scaling>
                with {appointment.doctor}
              </Text>
            </Box>
          </Box>
          <Text size="xs" color="#8c8c8c" wrap scaling>
            {appointment.address}
          </Text>
          <Text size="xs" color={noteColor} wrap scaling>
            {appointment.note}
          </Text>
        </Body>
        <Footer spacing="sm">
          <Button
            style="primary"
            color={accent}
            action={<Postback label="I'll be there" data={data('confirm')} displayText="I'll be there" />}
          />
          <Box layout="horizontal" spacing="sm">
            <Button
              style="secondary"
              action={
                <DatetimePicker
                  label="Reschedule"
                  data={data('reschedule')}
                  mode="datetime"
                  initial={appointment.at}
                  min="2026-11-25T09:00"
                  max="2027-02-28T18:00"
                />
              }
            />
            <Button
              style="link"
              adjustMode="shrink-to-fit"
              scaling
              action={<Postback label="Cancel appointment" data={data('cancel')} displayText="Please cancel my appointment" />}
            />
          </Box>
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<AppointmentReminderProps>({
  id: 'appointment-reminder',
  title: 'Appointment reminder',
  description:
    'Kilo bubble; a baseline header with an icon; a fixed-size date box centred with justifyContent and alignItems; scaling on texts and a button; primary, secondary (datetimepicker in datetime mode) and link buttons of height md, one with adjustMode shrink-to-fit.',
  component: AppointmentReminder,
  sample: {
    appointment: {
      id: 'AP-20931',
      clinic: 'Aoba Dental Clinic',
      clinicLogo: 'https://images.example.com/clinics/aoba-dental/logo.png',
      at: '2026-12-03T10:30',
      minutes: 45,
      doctor: 'Dr. Haruka Sato',
      treatment: 'Check-up and cleaning',
      address: '2-8-5 Aobadai, Meguro-ku, Tokyo · 3 min from Naka-Meguro station',
      note: 'Please bring your insurance card and arrive 10 minutes early.',
    },
    accent: '#0f766e',
    dateBackground: '#ccfbf1',
    noteColor: '#b45309',
    bubbleSize: 'kilo',
    timeSize: 'xl',
  },
});
