import { Body, Box, Bubble, Button, Flex, Footer, Header, Hero, Image, Text, Uri } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';
import { formatDate } from './parts/format.ts';

export interface EventTicketProps {
  ticket: {
    event: string;
    artist: string;
    poster: string;
    eventUrl: string;
    /** `YYYY-MM-DD` */
    date: string;
    doors: string;
    start: string;
    venue: string;
    gate: string;
    row: string;
    seat: string;
    number: string;
    qrCode: string;
    calendarUrl: string;
  };
  /** The header's background, and the colour of the values in the body. */
  headerColor?: string;
  textColor?: string;
  /** The block separators above the body and the footer. */
  separatorColor?: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the event's name. */
  titleSize?: TextSize;
}

/** A column of the seat strip: a small label over a big value, centred. */
function SeatPart({ label, value, color }: { label: string; value: string; color: string }) {
  return (
    <Box flex={1} alignItems="center">
      <Text size="xxs" color="#8a8aa3">
        {label}
      </Text>
      <Text size="xl" weight="bold" color={color}>
        {value}
      </Text>
    </Box>
  );
}

/** A line of the details table: the label keeps its width (flex 0), the value takes the rest. */
function Detail({ label, value, color }: { label: string; value: string; color: string }) {
  return (
    <Box layout="horizontal" spacing="md">
      <Text size="sm" color="#8a8aa3" flex={0}>
        {label}
      </Text>
      <Text size="sm" color={color} align="end" wrap>
        {value}
      </Text>
    </Box>
  );
}

/**
 * An e-ticket on a kilo bubble with all four blocks: a coloured header, a poster hero that opens the
 * event page, details and a seat strip with centred columns, a QR code; block styles colour the
 * header and draw separators above the body and the footer.
 */
export function EventTicket({
  ticket,
  headerColor = '#1f1f3a',
  textColor = '#1f1f3a',
  separatorColor = '#d8d8e6',
  bubbleSize = 'kilo',
  heroAspectRatio = '20:13',
  titleSize = 'lg',
}: EventTicketProps) {
  const day = formatDate(ticket.date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  return (
    <Flex altText={`Your ticket: ${ticket.event}, ${day}, gate ${ticket.gate} row ${ticket.row} seat ${ticket.seat}`}>
      <Bubble
        size={bubbleSize}
        styles={{
          header: { backgroundColor: headerColor },
          body: { separator: true, separatorColor },
          footer: { separator: true, separatorColor },
        }}
      >
        <Header paddingBottom="md">
          <Text size="xxs" color="#ffffff99" weight="bold">
            E-TICKET · ADMIT ONE
          </Text>
          <Text size={titleSize} weight="bold" color="#ffffff" wrap>
            {ticket.event}
          </Text>
          <Text size="xs" color="#ffffffcc">
            {ticket.artist}
          </Text>
        </Header>
        <Hero>
          <Image
            url={ticket.poster}
            size="full"
            aspectRatio={heroAspectRatio}
            aspectMode="cover"
            action={<Uri label="Event page" uri={ticket.eventUrl} />}
          />
        </Hero>
        <Body spacing="sm">
          <Detail label="Date" value={day} color={textColor} />
          <Detail label="Doors / Start" value={`${ticket.doors} / ${ticket.start}`} color={textColor} />
          <Detail label="Venue" value={ticket.venue} color={textColor} />
          <Box layout="horizontal" margin="lg" paddingAll="md" backgroundColor="#f3f3f8" cornerRadius="md">
            <SeatPart label="GATE" value={ticket.gate} color={textColor} />
            <SeatPart label="ROW" value={ticket.row} color={textColor} />
            <SeatPart label="SEAT" value={ticket.seat} color={textColor} />
          </Box>
          <Image url={ticket.qrCode} size="lg" aspectRatio="1:1" margin="lg" />
          <Text size="xxs" color="#8a8aa3" align="center">
            {ticket.number}
          </Text>
        </Body>
        <Footer>
          <Button style="link" action={<Uri label="Add to calendar" uri={ticket.calendarUrl} />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<EventTicketProps>({
  id: 'event-ticket',
  title: 'Event ticket',
  description:
    'Kilo bubble with header, hero, body and footer; block styles (header backgroundColor, body and footer separators with separatorColor); an image action on the hero; horizontal rows with flex 0; a seat strip of centred columns (alignItems) on a rounded background.',
  component: EventTicket,
  sample: {
    ticket: {
      event: 'Neon Harbor Live 2026',
      artist: 'The Tidelines with special guests',
      poster: 'https://images.example.com/events/neon-harbor/poster.jpg',
      eventUrl: 'https://tickets.example.com/events/neon-harbor-2026',
      date: '2026-12-12',
      doors: '17:00',
      start: '18:00',
      venue: 'Yokohama Bay Arena',
      gate: 'C',
      row: '14',
      seat: '27',
      number: 'NH26-C14-27-7731',
      qrCode: 'https://images.example.com/events/neon-harbor/qr/NH26-C14-27-7731.png',
      calendarUrl: 'https://tickets.example.com/calendar/NH26-C14-27-7731.ics',
    },
    headerColor: '#1f1f3a',
    textColor: '#1f1f3a',
    separatorColor: '#d8d8e6',
    bubbleSize: 'kilo',
    heroAspectRatio: '20:13',
    titleSize: 'lg',
  },
});
