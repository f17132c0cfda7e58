import type { ClipboardAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type ClipboardProps = Omit<ClipboardAction, 'type'>;

/**
 * A clipboard action (`R#clipboard-action`): copies `clipboardText` (1 to 1,000 characters). Needs
 * LINE 14.0.0 or later. Also usable as the action of an imagemap `<Area>`.
 *
 * @example
 * <Button action={<Clipboard label="Copy code" clipboardText="SPRING-2026" />} />
 */
export const Clipboard = defineAction<ClipboardProps>('Clipboard', 'clipboard', true);
