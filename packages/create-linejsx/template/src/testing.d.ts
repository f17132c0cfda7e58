// The types of linejsx's matchers (toRenderValidMessage, toFailWith…), which vitest.config.ts installs.
import '@linejsx/testing';
