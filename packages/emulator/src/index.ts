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
export { startEmulator, type Emulator, type EmulatorOptions, type RequestRecord, type UserMessage } from './emulator.ts';
export type { ActiveFault, FaultRule } from './faults.ts';
export type { ReceivedMessage, SendKind } from './store.ts';
export { emulatedId, type EmulatedGroup, type GroupOptions } from './world.ts';
