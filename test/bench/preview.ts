import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningPreview {
  /** The one-time enrollment code the preview minted for its window (W01 unless ENROLL_WINDOW). */
  code: string;
  /** Ends the preview's whole process group (the server and `vite preview`). */
  stop(): Promise<void>;
}

/**
 * The counter on a production build for a benchmark (scripts/web-preview.ts: `vite build`, served
 * by `vite preview` with /api forwarded to a fresh central server, like `npm run web`), on its own
 * ports and data folder. Resolves once it is served.
 */
export async function startPreview(ports: { server: number; web: number }): Promise<RunningPreview> {
  const { out, stop } = await startCounter('scripts/web-preview.ts', ports, {
    dataPrefix: 'onewindow-bench-',
    ownGroup: true,
  });
  // Printed before `Counter ready`.
  const code = /Enrollment code: (\S+)/.exec(out)?.[1];
  if (!code) {
    await stop();
    throw new Error(`web-preview printed no enrollment code: ${out}`);
  }
  return { code, stop };
}

/**
 * A counter script (scripts/web.ts or scripts/web-preview.ts) on the bench's ports and a fresh data
 * folder. Resolves once it prints `Counter ready`, with what it printed by then and its stop: the
 * script alone, or its whole process group when started as one (`ownGroup`).
 */
export async function startCounter(
  script: string,
  ports: { server: number; web: number },
  options: { dataPrefix: string; ownGroup?: boolean },
): Promise<{ out: string; stop(): Promise<void> }> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), [script], {
    env: {
      ...process.env,
      PORT: String(ports.server),
      WEB_PORT: String(ports.web),
      ONEWINDOW_DATA_DIR: mkdtempSync(join(tmpdir(), options.dataPrefix)),
      // A fresh embedded database, even when DATABASE_URL is set for the sync bench's PostgreSQL rows:
      // the counter would otherwise pull everything the other benches pushed there.
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: options.ownGroup === true,
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Counter ready')) resolve();
    });
    child.once('exit', (status) => reject(new Error(`${script} exited with ${status}: ${out}`)));
  });
  child.stdout.resume();
  return {
    out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        if (!options.ownGroup) child.kill('SIGTERM');
        else if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      }),
  };
}

/** Chromium for a benchmark: CHROMIUM_PATH or the system's /usr/bin/chromium if there, else Playwright's. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  return chromium.launch({
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
}
