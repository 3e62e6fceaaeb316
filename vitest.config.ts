import {defineConfig} from 'vitest/config';

/** Unit and data tests: Node, no browser. Browser tests have their own config. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
