/** Starts one emulator per test file, resets it before each test, and makes clients for it with small backoffs. */

import { type Emulator, type EmulatorOptions, startEmulator } from '@linejsx/emulator';
import { type ClientOptions, createClient, type LineClient } from '@linejsx/send';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** Retries fast enough that no test waits for seconds. */
export const FAST_RETRY = { retries: 6, minDelay: 2, maxDelay: 20 } as const;

export function useEmulator(options: EmulatorOptions = {}): { readonly emu: Emulator; client(extra?: Partial<ClientOptions>): LineClient } {
  let emu: Emulator | undefined;
  beforeAll(async () => {
    emu = await startEmulator(options);
  });
  afterAll(async () => {
    await emu?.stop();
  });
  beforeEach(() => emu?.reset());
  return {
    get emu() {
      if (!emu) throw new Error('the emulator is not started yet');
      return emu;
    },
    client(extra = {}) {
      return createClient({ channelAccessToken: this.emu.token, baseUrl: this.emu.url, retry: FAST_RETRY, timeout: 2000, ...extra });
    },
  };
}
