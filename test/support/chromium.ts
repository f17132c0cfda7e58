/** Debian's chromium and the flags that run it as root with no network (../shared/toolchain.md): the CLI's, so that tests run what `linejsx preview --png` runs. */
export { CHROMIUM, CHROMIUM_ARGS } from '../../packages/cli/src/chromium.ts';
