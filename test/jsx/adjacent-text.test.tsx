/**
 * Formatters (biome, prettier) write `Total <Span>` across lines as `Total{' '}` + `<Span>`: the
 * adjacent strings must give the same JSON, and problems the same paths, as the one-line form.
 */
import { Body, Bubble, Flex, Span, Text, tryRenderMessages } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

function renderIn(text: ReturnType<typeof Text>) {
  return tryRenderMessages(
    <Flex altText="a">
      <Bubble>
        <Body>{text}</Body>
      </Bubble>
    </Flex>,
  );
}

describe('adjacent strings in a <Text>', () => {
  it('join into one span', () => {
    const split = renderIn(
      <Text>
        Total <Span weight="bold">¥1,200</Span> incl. {'tax'}
      </Text>,
    );
    const one = renderIn(
      <Text>
        Total <Span weight="bold">¥1,200</Span> incl. tax
      </Text>,
    );
    expect(split).toEqual(one);
    expect(JSON.stringify(split)).toContain('"text":" incl. tax"');
  });

  it('leave the path of a later span where it lands', () => {
    const result = renderIn(
      <Text>
        Total <Span size={'huge' as 'xl'}>¥1,200</Span>
      </Text>,
    );
    expect(result.issues.map((issue) => issue.path)).toEqual(['messages[0].contents.body.contents[0].contents[1].size']);
  });
});
