import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Chromium from Debian on these machines (Playwright cannot download its own here); a user's
// machine with a network may use Playwright's browser instead.
const chromium =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const serverPort = Number(process.env['E2E_SERVER_PORT'] ?? 4391);
const webPort = Number(process.env['E2E_WEB_PORT'] ?? 5191);
const reportDir = process.env['ONEWINDOW_REPORT_DIR'];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test/output/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The same setup as `npm run web`: the central server on a fresh embedded database with the
  // demo hall, and the counter served by Vite.
  webServer: {
    command: 'npx tsx scripts/web.ts',
    url: `http://127.0.0.1:${webPort}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(serverPort),
      WEB_PORT: String(webPort),
      ONEWINDOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'onewindow-e2e-')),
    },
  },
});
