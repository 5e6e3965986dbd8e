import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'node/**/*.test.ts',
      'cli/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});

// Vitest reads the default export of its config file.

export default config;
