import { pathToFileURL } from 'node:url';
import { ADMIN_COMMANDS, runAdminCommand, UsageError, type AdminCommand } from './admin-cli';
import { isOperatorError, startServer, type RunningServer } from './start-server';

export { startServer } from './start-server';
export type { RunningServer, StartServerOptions } from './start-server';

/**
 * `npm run server [-- --no-demo]`: the central server (数据交换中心) until SIGINT/SIGTERM.
 * `npm run server -- enroll --window W03 | revoke --device ID | devices | calendar [--import F]`: administration (admin-cli.ts).
 * Env: PORT (4310), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; else PGlite),
 * ONEWINDOW_DATA_DIR (.data/server), ONEWINDOW_NO_DEMO=1, LOG_LEVEL (warn; info logs requests).
 */
export async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0];
  if (command !== undefined && (ADMIN_COMMANDS as readonly string[]).includes(command)) {
    try {
      await runAdminCommand(command as AdminCommand, argv.slice(1), (line) => console.log(line));
    } catch (error) {
      console.error(
        isOperatorError(error) || error instanceof UsageError || error instanceof Error
          ? error.message
          : error,
      );
      process.exitCode = 1;
    }
    return;
  }
  let running: RunningServer;
  try {
    running = await startServer({
      ...(argv.includes('--no-demo') ? { demo: false } : {}),
      logger: { level: process.env['LOG_LEVEL'] ?? 'warn' },
    });
  } catch (error) {
    console.error(
      `中心服务启动失败 Central server failed to start: ${isOperatorError(error) ? error.message : error}`,
    );
    if (!isOperatorError(error) && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
    return;
  }
  console.log(
    `中心服务已启动 Central server ready: ${running.url} (${running.db.description}, schema ${running.schemaVersion})`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`再次收到 ${signal}，立即退出 — forced exit`);
      process.exit(1);
    }
    stopping = true;
    console.log(`正在停止中心服务 Stopping (${signal})…`);
    // PGlite writes its data folder on close: exiting before it finishes would lose the last writes.
    running.close().then(
      () => {
        console.log('中心服务已停止 Central server stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`停止时出错 Error while stopping: ${error}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
