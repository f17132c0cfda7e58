/**
 * Type test, checked by `tsc` (never run): each flex length prop takes what LINE accepts and its
 * type refuses what validation refuses, so the editor says so before a render does. Each
 * `@ts-expect-error` fails the type check if the line it marks becomes valid.
 */
import { Box, Image, Text } from '@linejsx/jsx';

export const accepted = (
  <Box width="50%" height="120px" maxWidth="100%" spacing="md" margin="12px" cornerRadius="8px" paddingAll="5%" offsetTop="-4px">
    <Text size="xl" lineSpacing="8px" margin="none">
      ok
    </Text>
    <Image url="https://cdn.example.com/a.png" size="full" />
  </Box>
);

export const refused = [
  // @ts-expect-error margin takes no percentage (LINE refuses it)
  <Text margin="10%">x</Text>,
  // @ts-expect-error spacing takes no percentage
  <Box spacing="5%" />,
  // @ts-expect-error cornerRadius takes no percentage
  <Box cornerRadius="50%" />,
  // @ts-expect-error a box width is pixels or a percentage, not any string
  <Box width="wide" />,
  // @ts-expect-error maxHeight neither
  <Box maxHeight="auto" />,
  // @ts-expect-error lineSpacing is pixels
  <Text lineSpacing="1.5">x</Text>,
  // @ts-expect-error text sizes are keywords or pixels
  <Text size="small">x</Text>,
];
