import { pathToFileURL } from 'node:url';
import { createServer, type Plugin } from 'vite';
import { z } from 'zod';
import type { Database } from '../server/db/database';
import { startServer } from '../server/start-server';
import { createEnrollmentCode } from '../server/store/devices';
import { deviceKindSchema } from '../shared/sync';
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
    plugins: [...(rendererConfig.plugins ?? []), devEnrollment(central.db)],
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

const devCodeQuerySchema = z.object({
  kind: deviceKindSchema.default('window'),
  counter: z.string().regex(/^[A-Z0-9]{2,8}$/),
});

/**
 * GET /__dev/enrollment-code?kind=window&counter=W01 on the Vite dev server only: mints a one-time
 * code in-process, so a fresh browser profile of the demo enrolls itself (renderer/sync/credential.ts,
 * in import.meta.env.DEV only). Never part of the central server: a real hall's IT hands out codes
 * with `npm run server -- enroll`.
 */
function devEnrollment(db: Database): Plugin {
  return {
    name: 'onewindow-dev-enrollment',
    configureServer(server) {
      server.middlewares.use('/__dev/enrollment-code', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const query = devCodeQuerySchema.safeParse(Object.fromEntries(url.searchParams));
        const send = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        };
        if (!query.success) {
          send(400, { ok: false, error: { code: 'bad-request', message: '需要 kind 和 counter（如 W01）' } });
          return;
        }
        createEnrollmentCode(db, { kind: query.data.kind, counterCode: query.data.counter, hours: 1 }).then(
          (made) => send(200, { ok: true, value: { code: made.code } }),
          (error: unknown) =>
            send(400, { ok: false, error: { code: 'bad-request', message: String(error) } }),
        );
      });
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runWeb();
