import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run help:screenshots`: the guides' screenshots, taken with the browser tests' set-up (the
// migrated template database and the web build). Not one of the test projects of vitest.config.ts.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/help-screenshots/capture.ts'],
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/web-build-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
