import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // linejsx's matchers (toRenderValidMessage, toFailWith…) and its snapshot serializer, in every test.
    setupFiles: ['@linejsx/testing/setup'],
  },
});
