/** Small helpers the client's method groups share. */
import { LineValidationError, validateWith } from '@linejsx/schema';
import type { Answer } from './transport.ts';

/**
 * The body of an answer.
 *
 * @example
 * const info = await data<BotInfo>(call('getBotInfo'));
 */
export const data = async <T>(answer: Promise<Answer<unknown>>): Promise<T> => (await answer).data as T;

/**
 * `body`, checked against one of `@linejsx/schema`'s request schemas: a `LineValidationError` naming
 * every problem when it breaks LINE's rules, so that nothing is sent.
 *
 * @example
 * await call('showLoadingAnimation', { body: checked(loadingAnimationRequestSchema, { chatId }, 'the loading animation') });
 */
export function checked<T>(schema: Parameters<typeof validateWith>[0], body: T, subject: string): T {
  const result = validateWith(schema, body);
  if (!result.ok) throw new LineValidationError(result.issues, subject);
  return body;
}
