import { spawn, spawnSync } from 'node:child_process';
import { startServer } from '../server/start-server';
import { runWeb } from './web';

/**
 * `npm start`: the central server on its embedded database, and the Electron counter app.
 * Electron fetches its binary on first launch; where that cannot happen (no network to its
 * download host), say so in one line and serve the browser mode instead of failing.
 */
function electronAvailable(): boolean {
  const probe = spawnSync(process.execPath, ['-e', "require('electron')"], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return probe.status === 0;
}

if (!electronAvailable()) {
  console.log(
    '未能获取 Electron 程序（无法下载），改用浏览器模式 — Electron binary unavailable here, serving the browser mode (npm run web).',
  );
  await runWeb();
} else {
  const central = await startServer({});
  const child = spawn('npx', ['electron-vite', 'dev'], {
    stdio: 'inherit',
    env: { ...process.env, ONEWINDOW_SERVER_URL: central.url },
  });
  child.on('exit', (code) => {
    void central.close().then(() => process.exit(code ?? 0));
  });
}
