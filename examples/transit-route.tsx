import { Body, Box, Bubble, Button, Filler, Flex, Footer, Header, Span, Text, Uri } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';
import { yen } from './parts/format.ts';

export interface Stop {
  /** `HH:mm` */
  time: string;
  station: string;
  /** The line ridden from this stop to the next (absent on the last stop). */
  line?: { name: string; color: string; minutes: number };
}

export interface TransitRouteProps {
  route: {
    from: string;
    to: string;
    stops: Stop[];
    fare: number;
    transfers: number;
    mapUrl: string;
  };
  /** The header's gradient, left to right. */
  headerColors?: readonly [string, string];
  bubbleSize?: BubbleSize;
  /** Size of the stations in the header. */
  placeSize?: TextSize;
}

/** `HH:mm` -> minutes since midnight. */
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A stop: the time, a ring in the line's colour (a bordered empty box), the station. */
function StopRow({ stop, color }: { stop: Stop; color: string }) {
  return (
    <Box layout="horizontal" spacing="lg" alignItems="center">
      <Text size="sm" color="#8c8c8c" flex={0} gravity="center">
        {stop.time}
      </Text>
      <Box width="12px" height="12px" flex={0} cornerRadius="30px" borderWidth="2px" borderColor={color} />
      <Text size="sm" weight="bold" gravity="center" wrap>
        {stop.station}
      </Text>
    </Box>
  );
}

/** The ride between two stops: a coloured bar centred by fillers under the ring, and the line name. */
function Leg({ line }: { line: NonNullable<Stop['line']> }) {
  return (
    <Box layout="horizontal" spacing="lg" height="40px">
      {/* The time column's width, so that the bar sits under the rings. */}
      <Box width="38px" flex={0} />
      <Box layout="horizontal" width="12px" flex={0}>
        <Filler />
        <Box width="2px" backgroundColor={line.color} />
        <Filler />
      </Box>
      <Text size="xs" color="#8c8c8c" gravity="center">
        {line.name} · {line.minutes} min
      </Text>
    </Box>
  );
}

/**
 * A transit route on a mega bubble: a header with a two-stop gradient and a fixed height, then a
 * timeline drawn with flex: rings are empty bordered boxes, legs are 2 px boxes centred by fillers.
 */
export function TransitRoute({ route, headerColors = ['#0367d3', '#00a3ff'], bubbleSize = 'mega', placeSize = 'xl' }: TransitRouteProps) {
  const first = route.stops[0]!;
  const last = route.stops[route.stops.length - 1]!;
  const total = minutesOf(last.time) - minutesOf(first.time);
  return (
    <Flex altText={`${route.from} → ${route.to}: ${first.time}–${last.time}, ${total} min, ${yen(route.fare)}`}>
      <Bubble size={bubbleSize}>
        <Header
          height="128px"
          paddingAll="20px"
          justifyContent="space-between"
          background={{ type: 'linearGradient', angle: '90deg', startColor: headerColors[0], endColor: headerColors[1] }}
        >
          <Box layout="horizontal">
            <Box>
              <Text size="xxs" color="#ffffff99">
                FROM
              </Text>
              <Text size={placeSize} weight="bold" color="#ffffff">
                {route.from}
              </Text>
            </Box>
            <Box>
              <Text size="xxs" color="#ffffff99" align="end">
                TO
              </Text>
              <Text size={placeSize} weight="bold" color="#ffffff" align="end">
                {route.to}
              </Text>
            </Box>
          </Box>
          <Text size="sm" color="#ffffffcc">
            {first.time} → {last.time} · {total} min · {route.transfers} transfer{route.transfers === 1 ? '' : 's'}
          </Text>
        </Header>
        <Body paddingAll="20px">
          {route.stops.map((stop, i) => {
            const color = (stop.line ?? route.stops[i - 1]?.line)?.color ?? '#8c8c8c';
            return (
              <>
                <StopRow stop={stop} color={color} />
                {stop.line && <Leg line={stop.line} />}
              </>
            );
          })}
        </Body>
        <Footer layout="horizontal" alignItems="center" paddingStart="20px">
          <Text size="sm" color="#8c8c8c">
            IC fare{' '}
            <Span size="md" weight="bold" color="#111111">
              {yen(route.fare)}
            </Span>
          </Text>
          <Button style="link" flex={0} action={<Uri label="Open map" uri={route.mapUrl} />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<TransitRouteProps>({
  id: 'transit-route',
  title: 'Transit route',
  description:
    'Mega bubble; header with a fixed height, justifyContent space-between and a 90deg linearGradient; a timeline of empty boxes with width/height, borders and cornerRadius, bars centred by fillers, alignItems center and gravity; a span in the footer.',
  component: TransitRoute,
  sample: {
    route: {
      from: 'Akihabara',
      to: 'Kamakura',
      fare: 1_100,
      transfers: 1,
      mapUrl: 'https://maps.example.com/route?from=Akihabara&to=Kamakura',
      stops: [
        { time: '09:02', station: 'Akihabara', line: { name: 'Keihin-Tohoku Line', color: '#00b2e5', minutes: 5 } },
        { time: '09:07', station: 'Tokyo', line: { name: 'Yokosuka Line', color: '#0067c0', minutes: 56 } },
        { time: '10:03', station: 'Kamakura' },
      ],
    },
    headerColors: ['#0367d3', '#00a3ff'],
    bubbleSize: 'mega',
    placeSize: 'xl',
  },
});
