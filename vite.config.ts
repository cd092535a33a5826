import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const root = fileURLToPath(new URL('./renderer', import.meta.url));

/** The renderer's build, shared by `npm run web` (Vite dev server) and electron-vite. */
export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Pre-bundled at start, so that a page never reloads mid-session when shared/ first needs them.
  optimizeDeps: {
    include: [
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'canonicalize',
      'uuid',
      'pdf-lib',
      '@pdf-lib/fontkit',
      // Imported only by the camera's QR worker, which the start-up scan does not follow.
      'zxing-wasm/reader',
    ],
  },
  // The counter talks to the central server under /api and /query; in development (npm run web,
  // electron-vite dev) the dev server forwards them so the page and the API share one origin.
  server: {
    proxy: {
      '/api': process.env['ONEWINDOW_SERVER_URL'] ?? 'http://127.0.0.1:4310',
      '/query': process.env['ONEWINDOW_SERVER_URL'] ?? 'http://127.0.0.1:4310',
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
};

export default defineConfig(rendererConfig);
