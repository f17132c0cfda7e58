// The example test of packages/testing/README.md, kept here so that it keeps working.
import '@linejsx/testing/setup';
import { Body, Bubble, Button, Flex, Text, Uri } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';

function Welcome({ name, url }: { name: string; url: string }) {
  return (
    <Flex altText={`Welcome, ${name}!`}>
      <Bubble>
        <Body>
          <Text weight="bold" size="xl">
            Welcome, {name}!
          </Text>
          <Button style="primary" action={<Uri label="Get started" uri={url} />} />
        </Body>
      </Bubble>
    </Flex>
  );
}

describe('<Welcome>', () => {
  it('renders a valid LINE message', () => {
    expect(<Welcome name="Cony" url="https://example.com/start" />).toRenderValidMessage();
  });

  it('renders as reviewed', () => {
    expect(<Welcome name="Cony" url="https://example.com/start" />).toMatchSnapshot();
  });

  it('refuses a link that is not https', () => {
    expect(<Welcome name="Cony" url="ftp://example.com" />).toFailWith({ path: 'contents.body.contents[1].action.uri' });
  });

  it('refuses a name that makes the altText too long', () => {
    expect(<Welcome name={'x'.repeat(1500)} url="https://example.com/start" />).toFailWith(/LINE allows at most 1,500/);
  });
});
