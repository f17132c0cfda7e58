/** Debian's chromium and the flags that run it headless, as root and with no network services (`../shared/toolchain.md`). */

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser to use: `LINEJSX_CHROMIUM`, else Debian's.
 *
 * @example
 * chromiumPath(process.env); // '/usr/bin/chromium'
 */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  return env.LINEJSX_CHROMIUM || CHROMIUM;
}
