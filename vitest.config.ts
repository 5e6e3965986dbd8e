import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  // The engine's word vectors, imported with ?inline by renderer/word-vectors.ts.
  assetsInclude: ['**/*.bin'],
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
    // The command-line tests spawn the built command: rebuilt here when stale.
    globalSetup: ['scripts/vitest-global-setup.ts'],
    setupFiles: ['scripts/vitest-setup.ts'],
  },
});

// Vitest reads the default export of its config file.

export default config;
