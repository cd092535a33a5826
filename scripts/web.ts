import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { startServer } from '../server/start-server';
import { rendererConfig } from '../vite.config';

/**
 * `npm run web`: the central server on its embedded database with the demo hall, and the counter
 * served to a browser. This is the whole product where the Electron window cannot open.
 * PORT / WEB_PORT / ONEWINDOW_DATA_DIR / DATABASE_URL choose ports and storage (tests set them).
 */
export async function runWeb(): Promise<void> {
  const webPort = Number(process.env['WEB_PORT'] ?? 5173);
  const central = await startServer({});
  const vite = await createServer({
    ...rendererConfig,
    configFile: false,
    server: {
      host: '127.0.0.1',
      port: webPort,
      strictPort: true,
      proxy: { '/api': central.url, '/query': central.url },
    },
  });
  await vite.listen();
  console.log(`中心服务 Central server: ${central.url}`);
  console.log(`柜台已就绪（浏览器模式） Counter ready: http://127.0.0.1:${webPort}/`);

  async function stop() {
    await vite.close();
    await central.close();
    process.exit(0);
  }
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runWeb();
