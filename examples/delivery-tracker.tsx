import { Body, Box, Bubble, Button, Clipboard, Flex, Footer, Header, Icon, Image, Separator, Text, Uri } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';

export interface DeliveryStep {
  label: string;
  /** `HH:mm` once done. */
  time?: string;
}

export interface DeliveryTrackerProps {
  parcel: {
    carrier: string;
    trackingNumber: string;
    status: string;
    eta: string;
    steps: DeliveryStep[];
    courier: { name: string; photo: string; vehicle: string };
    trackUrl: string;
  };
  /** The carrier's colour: status, progress and the main button. */
  accent?: string;
  /** The progress bar's empty part. */
  trackColor?: string;
  bubbleSize?: BubbleSize;
  /** Size of the status. */
  statusSize?: TextSize;
}

const DONE = 'https://images.example.com/icons/check-green.png';
const TODO = 'https://images.example.com/icons/dot-gray.png';

/** A step of the history: an icon on the text's baseline, the time pushed to the end. */
function StepRow({ step }: { step: DeliveryStep }) {
  const done = step.time !== undefined;
  return (
    <Box layout="baseline" spacing="md">
      <Icon url={done ? DONE : TODO} size="sm" />
      <Text size="sm" color={done ? '#111111' : '#aaaaaa'} weight={done ? 'bold' : 'regular'}>
        {step.label}
      </Text>
      <Text size="xs" color="#aaaaaa" align="end" flex={0}>
        {step.time ?? '--:--'}
      </Text>
    </Box>
  );
}

/**
 * A delivery tracker on a mega bubble: a progress bar made of a box inside a box (width in %),
 * the history as baseline rows with icons, the courier in a row whose text column has a maxWidth,
 * and buttons to open the live map and to copy the tracking number (clipboard action).
 */
export function DeliveryTracker({
  parcel,
  accent = '#06c755',
  trackColor = '#e8e8e8',
  bubbleSize = 'mega',
  statusSize = 'xxl',
}: DeliveryTrackerProps) {
  const done = parcel.steps.filter((s) => s.time !== undefined).length;
  const progress = `${Math.round((done / parcel.steps.length) * 100)}%` as const;
  return (
    <Flex altText={`${parcel.carrier}: ${parcel.status}, arriving ${parcel.eta}`}>
      <Bubble size={bubbleSize}>
        <Header spacing="sm">
          <Box layout="horizontal" justifyContent="space-between">
            <Text size="xs" color="#8c8c8c" flex={0}>
              {parcel.carrier}
            </Text>
            <Text size="xs" color="#8c8c8c" flex={0}>
              #{parcel.trackingNumber}
            </Text>
          </Box>
          <Text size={statusSize} weight="bold" color={accent}>
            {parcel.status}
          </Text>
          <Text size="sm" color="#555555">
            Arriving {parcel.eta}
          </Text>
          <Box height="6px" backgroundColor={trackColor} cornerRadius="3px" margin="md">
            <Box width={progress} height="6px" backgroundColor={accent} cornerRadius="3px" />
          </Box>
        </Header>
        <Body spacing="md">
          {parcel.steps.map((step) => (
            <StepRow step={step} />
          ))}
          <Separator margin="lg" />
          <Box layout="horizontal" spacing="md" margin="lg" alignItems="center">
            <Box width="44px" height="44px" cornerRadius="22px" flex={0}>
              <Image url={parcel.courier.photo} size="full" aspectRatio="1:1" aspectMode="cover" />
            </Box>
            <Box maxWidth="70%">
              <Text size="sm" weight="bold">
                {parcel.courier.name}
              </Text>
              <Text size="xs" color="#8c8c8c" wrap>
                {parcel.courier.vehicle}
              </Text>
            </Box>
          </Box>
        </Body>
        <Footer spacing="sm">
          <Button style="primary" color={accent} action={<Uri label="Track live" uri={parcel.trackUrl} />} />
          <Button style="secondary" action={<Clipboard label="Copy tracking number" clipboardText={parcel.trackingNumber} />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<DeliveryTrackerProps>({
  id: 'delivery-tracker',
  title: 'Delivery tracker',
  description:
    'Mega bubble; a progress bar of nested boxes with width in %, height and cornerRadius; justifyContent space-between; baseline rows with icons; a round photo box and a maxWidth column; primary URI and secondary clipboard buttons.',
  component: DeliveryTracker,
  sample: {
    parcel: {
      carrier: 'Kuroneko Express',
      trackingNumber: '4410-2287-6613',
      status: 'Out for delivery',
      eta: 'today, 14:00–16:00',
      steps: [
        { label: 'Order received', time: '09:12' },
        { label: 'Left the warehouse', time: '11:40' },
        { label: 'At your local depot', time: '07:05' },
        { label: 'Out for delivery', time: '10:22' },
        { label: 'Delivered' },
      ],
      courier: {
        name: 'Kenji Mori',
        photo: 'https://images.example.com/couriers/kenji-mori.jpg',
        vehicle: 'White van · Shinagawa 400 ひ 12-34',
      },
      trackUrl: 'https://track.example.com/4410-2287-6613',
    },
    accent: '#06c755',
    trackColor: '#e8e8e8',
    bubbleSize: 'mega',
    statusSize: 'xxl',
  },
});
