import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: built from renderer/ into dist/renderer, with relative asset paths (file:// in Electron). */
export const config = defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
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
