import { Audio, render } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Audio>', () => {
  it('renders an audio message', () => {
    expect(render(<Audio originalContentUrl="https://cdn.example.com/hello.m4a" duration={60000} />)).toMatchSnapshot();
  });

  it('wants the duration in whole milliseconds', () => {
    expect(located(catchValidation(() => render(<Audio originalContentUrl="https://cdn.example.com/a.m4a" duration={1.5} />)))).toEqual([
      ['<Audio>', 'duration', 'duration (milliseconds) must be a whole number; got 1.5'],
    ]);
    expect(located(catchValidation(() => render(<Audio originalContentUrl="https://cdn.example.com/a.m4a" duration={0} />)))).toEqual([
      ['<Audio>', 'duration', 'duration (milliseconds) is 0; LINE allows at least 1'],
    ]);
  });
});
