import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/web-preview.ts'], {
    env: {
      ...process.env,
      PORT: String(ports.server),
      WEB_PORT: String(ports.web),
      ONEWINDOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'onewindow-bench-')),
      // A fresh embedded database, even when DATABASE_URL is set for the sync bench's PostgreSQL rows:
      // the counter would otherwise pull everything the other benches pushed there.
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let out = '';
  const code = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Enrollment code: (\S+)/.exec(out);
      if (found?.[1] && out.includes('Counter ready')) resolve(found[1]);
    });
    child.once('exit', (status) => reject(new Error(`web-preview exited with ${status}: ${out}`)));
  });
  child.stdout.resume();
  return {
    code,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      }),
  };
}
