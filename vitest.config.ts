import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Suites that start servers or browsers clean up after themselves; keep them from starving each other.
    testTimeout: 20_000,
  },
});
