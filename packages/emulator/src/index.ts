/**
 * @linejsx/emulator: a local LINE Messaging API for tests, demos and development: the endpoints
 * of `@linejsx/send`, LINE's validation, retry keys, rate limits and quota, faults on demand, and
 * a record of what every user received.
 *
 * @example
 * import { startEmulator } from '@linejsx/emulator';
 * const emu = await startEmulator();
 * // … send with createClient({ channelAccessToken: emu.token, baseUrl: emu.url }) …
 * await emu.stop();
 */
export {
  EMULATOR_LIMITS,
  type Emulator,
  type EmulatorOptions,
  type RequestRecord,
  startEmulator,
  type UserMessage,
} from './emulator.ts';
export type { ActiveFault, FaultRule } from './faults.ts';
export { BULK_DELAY, MAX_ALIASES, MAX_RICH_MENUS, RICH_MENU_MESSAGES, type RichMenuState, type ShownRichMenu } from './rich-menu-api.ts';
export type { ReceivedMessage, SendKind, StoredContent } from './store.ts';
export { type EmulatedGroup, emulatedId, type GroupOptions } from './world.ts';
