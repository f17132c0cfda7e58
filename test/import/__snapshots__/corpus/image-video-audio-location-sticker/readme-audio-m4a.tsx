import { Audio } from '@linejsx/jsx';

export function Imported() {
  return <Audio originalContentUrl="https://example.com/original.m4a" duration={60000} />;
}
