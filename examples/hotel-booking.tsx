import { Body, Box, Bubble, Button, DatetimePicker, Flex, Footer, Hero, Image, Postback, Separator, Span, Text } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';
import { formatDate, yen } from './parts/format.ts';
import { StarRating } from './parts/StarRating.tsx';

export interface HotelBookingProps {
  booking: {
    id: string;
    hotel: string;
    area: string;
    photo: string;
    rating: number;
    reviews: number;
    room: string;
    guests: number;
    /** `YYYY-MM-DD` */
    checkIn: string;
    /** `YYYY-MM-DD` */
    checkOut: string;
    checkInTime: string;
    checkOutTime: string;
    /** Price per night before and after the discount, in yen. */
    listPrice: number;
    price: number;
  };
  /** The hotel's colour: discount badge, price, confirm button. */
  accent?: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the hotel's name. */
  titleSize?: TextSize;
}

const DAY = 86_400_000;
const nightsBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const dateLabel = (iso: string) => formatDate(iso, { weekday: 'short', month: 'short', day: 'numeric' });

/** One side of the stay: label, date and time, stacked. */
function StayEnd({ label, date, time }: { label: string; date: string; time: string }) {
  return (
    <Box flex={1}>
      <Text size="xxs" color="#8c8c8c">
        {label}
      </Text>
      <Text size="md" weight="bold" margin="xs">
        {dateLabel(date)}
      </Text>
      <Text size="xs" color="#8c8c8c">
        {time}
      </Text>
    </Box>
  );
}

/**
 * A hotel booking on a giga bubble: the hero is a box holding the photo with an absolute gradient
 * overlay (three stops) and an absolute discount badge; check-in and check-out side by side around
 * a vertical separator; the price with a struck-through list price; confirm and change-dates buttons.
 */
export function HotelBooking({
  booking,
  accent = '#ff334b',
  bubbleSize = 'giga',
  heroAspectRatio = '2:1',
  titleSize = 'xl',
}: HotelBookingProps) {
  const nights = nightsBetween(booking.checkIn, booking.checkOut);
  const discount = Math.round((1 - booking.price / booking.listPrice) * 100);
  return (
    <Flex altText={`${booking.hotel}: ${nights} nights from ${booking.checkIn}, ${yen(booking.price * nights)}`}>
      <Bubble size={bubbleSize}>
        <Hero>
          <Box paddingAll="0px">
            <Image url={booking.photo} size="full" aspectRatio={heroAspectRatio} aspectMode="cover" />
            <Box
              position="absolute"
              offsetBottom="0px"
              offsetStart="0px"
              offsetEnd="0px"
              paddingAll="20px"
              paddingTop="48px"
              background={{
                type: 'linearGradient',
                angle: '0deg',
                startColor: '#000000cc',
                centerColor: '#00000066',
                centerPosition: '55%',
                endColor: '#00000000',
              }}
            >
              <Text size={titleSize} weight="bold" color="#ffffff">
                {booking.hotel}
              </Text>
              <Text size="sm" color="#ffffffcc">
                {booking.area}
              </Text>
              <StarRating rating={booking.rating} reviews={booking.reviews} color="#ffffffcc" margin="sm" />
            </Box>
            {discount > 0 && (
              <Box
                position="absolute"
                offsetTop="18px"
                offsetStart="18px"
                backgroundColor={accent}
                cornerRadius="20px"
                paddingStart="10px"
                paddingEnd="10px"
                paddingTop="2px"
                paddingBottom="2px"
              >
                <Text size="xs" weight="bold" color="#ffffff">
                  -{discount}%
                </Text>
              </Box>
            )}
          </Box>
        </Hero>
        <Body spacing="md">
          <Box layout="horizontal" spacing="lg">
            <StayEnd label="CHECK-IN" date={booking.checkIn} time={`from ${booking.checkInTime}`} />
            <Separator color="#e0e0e0" />
            <StayEnd label="CHECK-OUT" date={booking.checkOut} time={`until ${booking.checkOutTime}`} />
          </Box>
          <Separator margin="lg" color="#e0e0e0" />
          <Box layout="horizontal" margin="lg">
            <Text size="sm" color="#555555" flex={3} wrap>
              {booking.room} · {booking.guests} guests · {nights} nights
            </Text>
            <Text size="sm" align="end" flex={2}>
              <Span size="xs" color="#aaaaaa" decoration="line-through">
                {yen(booking.listPrice)}
              </Span>{' '}
              <Span weight="bold" color={accent}>
                {yen(booking.price)}
              </Span>
              <Span size="xs" color="#aaaaaa">
                {' '}
                /night
              </Span>
            </Text>
          </Box>
          <Box layout="horizontal">
            <Text size="md" weight="bold">
              Total
            </Text>
            <Text size="md" weight="bold" align="end">
              {yen(booking.price * nights)}
            </Text>
          </Box>
        </Body>
        <Footer spacing="sm" layout="horizontal">
          <Button
            style="secondary"
            action={
              <DatetimePicker
                label="Change dates"
                data={`booking=${booking.id}&action=change`}
                mode="date"
                initial={booking.checkIn}
                min="2026-01-01"
                max="2027-12-31"
              />
            }
          />
          <Button
            style="primary"
            color={accent}
            action={
              <Postback label="Confirm" data={`booking=${booking.id}&action=confirm`} displayText={`Confirm booking ${booking.id}`} />
            }
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<HotelBookingProps>({
  id: 'hotel-booking',
  title: 'Hotel booking',
  description:
    'Giga bubble; a box hero with an absolute linearGradient overlay (startColor, centerColor, centerPosition) and an absolute badge with offsets and cornerRadius; a vertical separator between two columns; spans with line-through; datetimepicker and postback buttons.',
  component: HotelBooking,
  sample: {
    booking: {
      id: 'HB-88213',
      hotel: 'Hotel Kaze Kyoto',
      area: 'Higashiyama, Kyoto',
      photo: 'https://images.example.com/hotels/kaze-kyoto/garden-room.jpg',
      rating: 4.7,
      reviews: 932,
      room: 'Garden deluxe twin',
      guests: 2,
      checkIn: '2026-12-18',
      checkOut: '2026-12-21',
      checkInTime: '15:00',
      checkOutTime: '11:00',
      listPrice: 38_000,
      price: 30_400,
    },
    accent: '#ff334b',
    bubbleSize: 'giga',
    heroAspectRatio: '2:1',
    titleSize: 'xl',
  },
});
