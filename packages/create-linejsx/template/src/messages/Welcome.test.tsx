import { expect, it } from 'vitest';
import { Welcome } from './Welcome.tsx';

it('renders a valid welcome', () => {
  expect(<Welcome name="Cony" url="https://example.com/welcome" />).toRenderValidMessage();
  expect(<Welcome name="Cony" url="https://example.com/welcome" />).toMatchSnapshot();
});

it('refuses a name that makes the notification text longer than LINE allows', () => {
  expect(<Welcome name={'x'.repeat(1500)} url="https://example.com/welcome" />).toFailWith({ path: 'altText' });
});
