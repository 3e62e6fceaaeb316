import {defineConfig} from 'vitest/config';

/**
 * Browser tests: headless Chromium (playwright-core) against the production build in dist/,
 * served on 127.0.0.1 by tests/browser/serve-build.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serve-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: SwiftShader renders on the CPU and the machine has two cores.
    fileParallelism: false,
  },
});
