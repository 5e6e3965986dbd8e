import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The app's version, from package.json: the one place it is written. */
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The renderer: built from renderer/ into dist/renderer, with relative asset paths (the same
 * build is served from app://news-compare/ in Electron and from any folder on the web).
 */
export const config = defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The engine's word vectors (imported with ?inline by renderer/word-vectors.ts).
  assetsInclude: ['**/*.bin'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    // The engine's chunks carry the word vectors (5.4 MB as base64): large by design.
    chunkSizeWarningLimit: 8000,
    emptyOutDir: true,
    // shared/ is pure (lint enforces it): a module of it whose exports the page does not use
    // is left out whole. Without this, the modules' top-level tables kept the whole engine
    // in the page's bundle beside the worker's copy.
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/u.test(id) },
    },
  },
  worker: { format: 'es' },
});

export default config;
