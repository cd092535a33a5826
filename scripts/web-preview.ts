import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { startServer } from '../server/start-server';
import { createEnrollmentCode } from '../server/store/devices';
import { rendererConfig } from '../vite.config';

/**
 * The browser mode on a PRODUCTION build of the renderer (what `npm run build` puts in
 * out/renderer, minified, React in production mode): builds it into a temporary folder (or takes
 * RENDERER_DIR, already built), starts the central server as `npm run web` does, and serves the
 * build with `vite preview` forwarding /api and /query to it. Used by the intake benchmark: the
 * dev server's timings measure Vite's on-the-fly transforms and React's development checks.
 *
 * A production build never enrolls itself (no /__dev route): one one-time code for the window
 * ENROLL_WINDOW (W01) is minted and printed as `Enrollment code: …` for the first-run form.
 * PORT / WEB_PORT / ONEWINDOW_DATA_DIR as for `npm run web`.
 */
export async function runWebPreview(): Promise<void> {
  const webPort = Number(process.env['WEB_PORT'] ?? 5173);
  const windowCode = process.env['ENROLL_WINDOW'] ?? 'W01';
  let outDir = process.env['RENDERER_DIR'];
  if (!outDir) {
    outDir = mkdtempSync(join(tmpdir(), 'onewindow-renderer-'));
    const started = Date.now();
    await build({
      ...rendererConfig,
      configFile: false,
      logLevel: 'warn',
      // RENDERER_MINIFY=0 keeps the names readable in a CPU profile (the benchmark's BENCH_INTAKE_PROFILE).
      build: {
        ...rendererConfig.build,
        outDir,
        emptyOutDir: true,
        ...(process.env['RENDERER_MINIFY'] === '0' ? { minify: false } : {}),
      },
    });
    console.log(`渲染进程已构建 Renderer built in ${Date.now() - started} ms: ${outDir}`);
  }
  const central = await startServer({});
  const server = await preview({
    ...rendererConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...rendererConfig.build, outDir },
    preview: {
      host: '127.0.0.1',
      port: webPort,
      strictPort: true,
      proxy: { '/api': central.url, '/query': central.url },
    },
  });
  const { code } = await createEnrollmentCode(central.db, {
    kind: 'window',
    counterCode: windowCode,
    hours: 1,
  });
  console.log(`中心服务 Central server: ${central.url}`);
  console.log(`Enrollment code: ${code} (${windowCode})`);
  console.log(`柜台已就绪（生产构建） Counter ready: http://127.0.0.1:${webPort}/`);

  async function stop() {
    await server.close();
    await central.close();
    process.exit(0);
  }
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await runWebPreview();
