import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.config';

// Main and preload are bundled for Electron; the renderer uses the same Vite config as `npm run web`.
// The preload is CommonJS because a sandboxed preload cannot be an ES module.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: 'electron/main/index.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: 'out/renderer',
      rollupOptions: { input: { index: 'renderer/index.html' } },
    },
  },
});
