/** A flex message of one bubble with `children` in its body: the frame of most flex stories. */
import { Body, Bubble, type BubbleProps, Flex, type LineNode } from '@linejsx/jsx';

export function InBubble({ children, size, altText = 'Flex' }: { children?: LineNode; size?: BubbleProps['size']; altText?: string }) {
  return (
    <Flex altText={altText}>
      <Bubble size={size}>
        <Body>{children}</Body>
      </Bubble>
    </Flex>
  );
}
