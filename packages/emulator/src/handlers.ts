/**
 * Every operation of `@linejsx/protocol` and what the emulator does with it: a handler, or the
 * documented not-emulated 404. Keyed by operationId, so that an operation without either fails to
 * compile.
 */
import type { OperationId } from '@linejsx/protocol';
import { notEmulated } from './answers.ts';
import { MESSAGING_HANDLERS } from './api.ts';
import { AUDIENCE_HANDLERS } from './audience-api.ts';
import type { Handler } from './handler.ts';
import { INSIGHT_HANDLERS } from './insight-api.ts';
import { LIFF_HANDLERS } from './liff-api.ts';
import { NOT_EMULATED } from './not-emulated.ts';
import { RICH_MENU_HANDLERS } from './rich-menu-api.ts';
import { TOKEN_HANDLERS } from './token-api.ts';

const NOT_EMULATED_HANDLERS = Object.fromEntries(
  Object.entries(NOT_EMULATED).map(([id, reason]) => [id, () => notEmulated(id as OperationId, reason)]),
) as unknown as Record<keyof typeof NOT_EMULATED, Handler>;

export const HANDLERS: Readonly<Record<OperationId, Handler>> = {
  ...MESSAGING_HANDLERS,
  ...RICH_MENU_HANDLERS,
  ...AUDIENCE_HANDLERS,
  ...INSIGHT_HANDLERS,
  ...TOKEN_HANDLERS,
  ...LIFF_HANDLERS,
  ...NOT_EMULATED_HANDLERS,
};

/**
 * Whether the emulator emulates an operation (else it answers the not-emulated 404).
 *
 * @example
 * isEmulated('showLoadingAnimation'); // true
 */
export function isEmulated(operationId: OperationId): boolean {
  return !Object.hasOwn(NOT_EMULATED, operationId);
}
