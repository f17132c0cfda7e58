/**
 * @linejsx/emulator: a local LINE API for tests, demos and development: every operation of
 * `@linejsx/protocol` (emulated, or a documented not-emulated 404), LINE's validation, retry keys,
 * rate limits and quota, channel access tokens, audiences, faults on demand, and a record of what
 * every user received.
 *
 * @example
 * import { startEmulator } from '@linejsx/emulator';
 * const emu = await startEmulator();
 * // … send with createClient({ channelAccessToken: emu.token, baseUrl: emu.url }) …
 * await emu.stop();
 */
export { NOT_EMULATED_HEADER } from './answers.ts';
export {
  EMULATOR_LIMITS,
  type Emulator,
  type EmulatorOptions,
  type RequestRecord,
  startEmulator,
  type UserMessage,
} from './emulator.ts';
export type { ActiveFault, FaultRule } from './faults.ts';
export { freePort } from './free-port.ts';
export { isEmulated } from './handlers.ts';
export { NOT_EMULATED } from './not-emulated.ts';
export { BULK_DELAY, MAX_ALIASES, MAX_RICH_MENUS, RICH_MENU_MESSAGES, type RichMenuState, type ShownRichMenu } from './rich-menu-api.ts';
export type { ReceivedMessage, SaidText, SendKind, StoredContent, UserContent } from './store.ts';
export { TOKEN_LIFETIMES } from './token-api.ts';
export { type EmulatedGroup, type EmulatedRoom, emulatedId, type GroupOptions, type RoomOptions } from './world.ts';
