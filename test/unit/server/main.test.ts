import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

// `npm run server` as an operator runs it: a child process through tsx, its output and exit code.
const root = mkdtempSync(join(tmpdir(), 'ow-server-cli-'));
const children: ChildProcess[] = [];

afterEach(() => {
  // A failed test must not leave a server running: kill what is still alive, by its own handle.
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

type Child = {
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
};

function runServer(env: Record<string, string>, args: string[] = []): Child {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const result: Child = {
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: (signal) => child.kill(signal),
  };
  child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

async function waitFor(child: Child, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = pattern.exec(child.stdout);
    if (match) return match;
    const exited = await Promise.race([
      child.exit.then(() => true),
      new Promise((r) => setTimeout(r, 50, false)),
    ]);
    if (exited && !pattern.test(child.stdout))
      throw new Error(`exited early:\n${child.stdout}\n${child.stderr}`);
  }
}

describe('npm run server', () => {
  it('exits 1 with one clear line for a bad DATABASE_URL', async () => {
    const child = runServer({ DATABASE_URL: 'mysql://ow:hunter2@localhost/ow' });
    expect(await child.exit).toBe(1);
    const lines = child.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DATABASE_URL 无效');
    expect(child.stderr).not.toContain('hunter2');
    expect(child.stderr).not.toMatch(/\n\s+at /);
  });

  it('starts on its PGlite folder, answers, and stops cleanly on SIGTERM', async () => {
    const dataDir = join(root, 'server');
    const child = runServer({ ONEWINDOW_DATA_DIR: dataDir });
    const [, url] = await waitFor(child, /中心服务已启动 Central server ready: (http:\/\/\S+) \(PGlite: /);
    const health = await (await fetch(`${url}/api/v1/health`)).json();
    expect(health.value).toMatchObject({ status: 'ok', database: 'pglite' });
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    child.kill('SIGTERM');
    expect(await child.exit).toBe(0);
    expect(child.stdout).toContain('中心服务已停止');
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
  });
});
