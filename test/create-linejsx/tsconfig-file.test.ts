/** Which tsconfig `include` patterns take linejsx init's sample, as TypeScript reads them. */
import { expect, it } from 'vitest';
import { includes } from '../../packages/create-linejsx/src/tsconfig-file.ts';

it.each([
  ['src', true],
  ['./src/', true],
  ['src/**/*', true],
  ['src/**/*.tsx', true],
  ['**/*', true],
  ['.', true],
  ['src/messages/Welcome.tsx', true],
  ['src/*', false],
  ['src/**/*.ts', false],
  ['*.ts', false],
  ['lib', false],
  ['srcs', false],
])('%s takes src/messages/Welcome.tsx: %s', (pattern, expected) => {
  expect(includes(pattern, 'src/messages/Welcome.tsx')).toBe(expected);
});
