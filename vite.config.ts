import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: built from renderer/ into dist/renderer, with relative asset paths (file:// in Electron). */
export const config = defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true },
  worker: { format: 'es' },
});

export default config;
